namespace Supervision.Api.Register;

/// <summary>
/// Where the register of issued acts lives (configuration section <c>Register</c>; environment
/// <c>Register__Connection</c>, <c>Register__OpenOnStart</c>, <c>Register__AuditKey</c>, <c>Register__AuditKeyFile</c>;
/// the command line reads the same two audit key variables).
/// </summary>
public sealed class RegisterSettings
{
    /// <summary>The configuration section these settings are read from.</summary>
    public const string Section = "Register";

    /// <summary>
    /// A SQLite file path (relative paths are taken from the content root; the folder and the file are
    /// created on first open), a SQLite connection string (<c>Data Source=...</c>, passed as it is), or a
    /// PostgreSQL one (<c>Host=...;Database=...;Username=...;Password=...</c>). Empty: supervision.db in the
    /// data folder (<see cref="Supervision.Register.DataFolder"/>), which the command line uses too.
    /// </summary>
    public string? Connection { get; set; }

    /// <summary>
    /// Whether to open the register (create the database, run the migrations, store the shipped templates)
    /// in the background as the service starts (the default), rather than on the first request that needs
    /// it. Either way a failure to open is logged, reported by <c>/health</c> and tried again on the next request.
    /// </summary>
    public bool OpenOnStart { get; set; } = true;

    /// <summary>
    /// The audit key as base64 (at least 32 bytes): the HMAC key of the audit chain, kept outside the
    /// database. Give it (from a secret store) where several replicas share a PostgreSQL register: all of
    /// them, and the command line, need the same key. Never logged. Empty: <see cref="AuditKeyFile"/>.
    /// </summary>
    public string? AuditKey { get; set; }

    /// <summary>
    /// The audit key's file (relative paths from the content root). Empty: beside a SQLite file
    /// ("supervision.db.audit-key"); for PostgreSQL, supervision-audit.key in the data folder, where the command line
    /// looks too (<see cref="Supervision.Register.PostgresAuditKey"/>; a key an older version left in the working
    /// folder stops the start with the command that moves it). Created
    /// with a new key (permissions 0600) at the first start of a register whose chain has no key yet.
    /// </summary>
    public string? AuditKeyFile { get; set; }

    /// <summary>
    /// How long the answer to a request sent with an Idempotency-Key is kept for its retries ("7.00:00:00",
    /// the default; never under 24 hours). Older answers are forgotten every hour, with an audit entry.
    /// </summary>
    public TimeSpan KeepAnswersFor { get; set; } = TimeSpan.FromDays(7);
}
