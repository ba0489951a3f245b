namespace Supervision.Register;

/// <summary>
/// The one folder where the service and the command line keep the register (SQLite), its audit key and the
/// service's other keys, so that an act issued from one is seen by the other without a setting. It is the
/// setting <c>Data:Path</c> (environment <c>Data__Path</c>), else the environment variable
/// <c>SUPERVISION_DATA</c>, else <c>$XDG_DATA_HOME/supervision</c>, else the platform's folder for an
/// account's application data (<c>~/.local/share/supervision</c> on Linux, <c>%LOCALAPPDATA%\supervision</c>
/// on Windows). Created with owner-only permissions (0700), since it holds keys.
/// </summary>
public sealed class DataFolder
{
    /// <summary>The configuration key of the setting (environment <c>Data__Path</c>).</summary>
    public const string Setting = "Data:Path";

    /// <summary>The environment variable naming the folder where the setting is not given.</summary>
    public const string Variable = "SUPERVISION_DATA";

    /// <summary>The register's SQLite file in the folder.</summary>
    public const string RegisterFileName = "supervision.db";

    /// <summary>The audit key's file in the folder where the register is not a file (PostgreSQL).</summary>
    public const string AuditKeyFileName = AuditKeyFile.DefaultName;

    private DataFolder(string path, string source)
    {
        Path = path;
        Source = source;
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>Where the path came from ("the setting Data:Path", "SUPERVISION_DATA", ...), for the start's message.</summary>
    public string Source { get; }

    /// <summary>The register's default SQLite file: <c>{folder}/supervision.db</c>.</summary>
    public string RegisterFile => System.IO.Path.Combine(Path, RegisterFileName);

    /// <summary>The default audit key file of a register that is not a file: <c>{folder}/supervision-audit.key</c>.</summary>
    public string AuditKeyFilePath => System.IO.Path.Combine(Path, AuditKeyFileName);

    /// <summary>A sub-folder for keys of another kind (the service's cookie keys: "keys").</summary>
    public string Sub(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>
    /// The folder: <paramref name="configured"/> (the setting <c>Data:Path</c>) when given, else the
    /// environment's <c>SUPERVISION_DATA</c>, <c>XDG_DATA_HOME</c>, then the platform's default.
    /// Relative paths are taken from the current folder.
    /// </summary>
    public static DataFolder Resolve(string? configured) => Resolve(configured, Environment.GetEnvironmentVariable);

    /// <summary>
    /// The folder as <see cref="Resolve(string?)"/> finds it, with the environment read through
    /// <paramref name="environment"/> (the command line's, which its tests give per run).
    /// </summary>
    public static DataFolder Resolve(string? configured, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new DataFolder(System.IO.Path.GetFullPath(configured.Trim()), $"the setting {Setting}");
        }

        if (environment(Variable) is { } variable && !string.IsNullOrWhiteSpace(variable))
        {
            return new DataFolder(System.IO.Path.GetFullPath(variable.Trim()), Variable);
        }

        if (environment("XDG_DATA_HOME") is { } xdg && System.IO.Path.IsPathFullyQualified(xdg.Trim()))
        {
            return new DataFolder(System.IO.Path.Combine(xdg.Trim(), "supervision"), "XDG_DATA_HOME");
        }

        var platform = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(platform))
        {
            platform = System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }

        return new DataFolder(System.IO.Path.Combine(platform, "supervision"), "the account's application data folder");
    }

    /// <summary>Creates the folder if it is missing, readable and writable by its owner only (0700 outside Windows).</summary>
    /// <exception cref="RegisterException">The folder cannot be created.</exception>
    public DataFolder EnsureCreated()
    {
        try
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(Path);
            }
            else
            {
                Directory.CreateDirectory(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new RegisterException($"the data folder {Path} cannot be created: {exception.Message}", exception);
        }

        return this;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Path} (from {Source})";
}
