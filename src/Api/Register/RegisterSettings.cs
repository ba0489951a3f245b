namespace Supervision.Api.Register;

/// <summary>
/// Where the register of issued acts lives (configuration section <c>Register</c>; environment
/// <c>Register__Connection</c>, <c>Register__OpenOnStart</c>).
/// </summary>
public sealed class RegisterSettings
{
    /// <summary>The configuration section these settings are read from.</summary>
    public const string Section = "Register";

    /// <summary>The SQLite file used when no connection is configured, under the content root.</summary>
    public const string DefaultFile = "data/supervision.db";

    /// <summary>
    /// A SQLite file path (relative paths are taken from the content root; the folder and the file are
    /// created on first open), a SQLite connection string (<c>Data Source=...</c>, passed as it is), or a
    /// PostgreSQL one (<c>Host=...;Database=...;Username=...;Password=...</c>). Empty:
    /// <see cref="DefaultFile"/> under the content root.
    /// </summary>
    public string? Connection { get; set; }

    /// <summary>
    /// Whether to open the register (create the database, run the migrations, store the shipped templates)
    /// in the background as the service starts (the default), rather than on the first request that needs
    /// it. Either way a failure to open is logged, reported by <c>/health</c> and tried again on the next request.
    /// </summary>
    public bool OpenOnStart { get; set; } = true;
}
