using Supervision.Register;

namespace Supervision.Cli.Commands;

/// <summary>
/// The register one verb opens and what opens it, found as the service finds them (<see cref="RegisterConnection"/>):
/// the connection (<c>--db</c>, else <c>Register__Connection</c>, else the data folder's SQLite file) and, from the
/// environment, the data folder, the audit key (<c>Register__AuditKey</c>, <c>Register__AuditKeyFile</c>) and the
/// signatures' trust store (<c>Signing__TrustStore</c>).
/// </summary>
internal sealed class RegisterTarget
{
    private readonly Func<string, string?> _environment;

    private RegisterTarget(RegisterConnection register, DataFolder data, Func<string, string?> environment)
    {
        Register = register;
        Data = data;
        _environment = environment;
    }

    /// <summary>The connection and where it came from.</summary>
    public RegisterConnection Register { get; }

    /// <summary>The connection the register opens.</summary>
    public string Connection => Register.Connection;

    /// <summary>The data folder the service uses too.</summary>
    public DataFolder Data { get; }

    /// <summary>The audit key given as a setting (base64), or null.</summary>
    public string? AuditKey => Given(RegisterDatabase.KeyVariable);

    /// <summary>The folder of the CA certificates signatures must chain to, or null.</summary>
    public string? TrustStore => Given(RegisterDatabase.TrustStoreVariable);

    /// <summary>The register named by --db (or <paramref name="db"/> where the verb read it itself), else the environment's, else the data folder's.</summary>
    public static RegisterTarget Of(Arguments arguments, string? db)
    {
        var environment = arguments.Environment;
        var data = DataFolder.Resolve(environment(RegisterDatabase.DataVariable), environment);
        var register = RegisterConnection.Resolve(
            Environment.CurrentDirectory,
            data,
            (db, "--db"),
            (environment(RegisterConnection.Variable), RegisterConnection.Variable));
        return new RegisterTarget(register, data, environment);
    }

    /// <summary>
    /// The audit key's file as the service finds it: <c>Register__AuditKeyFile</c>; none where the key is
    /// <c>Register__AuditKey</c>; else the data folder's for PostgreSQL, and null (beside the file) for SQLite.
    /// </summary>
    /// <exception cref="RegisterException">A PostgreSQL register's key lies in the current folder and the data folder has none.</exception>
    public string? AuditKeyFile() =>
        Given(RegisterDatabase.KeyFileVariable) is { } file ? file
        : AuditKey is null ? PostgresAuditKey.DefaultFile(Data, Connection, Environment.CurrentDirectory)
        : null;

    /// <summary>The options that open the register, with its audit key.</summary>
    public RegisterOptions Options() => new()
    {
        Connection = Connection,
        AuditKey = AuditKey,
        AuditKeyFile = AuditKeyFile(),
        TrustStore = TrustStore,
    };

    /// <summary>The register as a message names it: the connection without a password, and where it came from.</summary>
    public override string ToString() => $"{Describe(Connection)}, from {Register.Source}";

    private string? Given(string variable) => _environment(variable) is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;

    private static string Describe(string connection)
    {
        try
        {
            var keys = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connection.Contains('=', StringComparison.Ordinal) ? connection : $"Data Source={connection}" };
            keys.Remove("Password");
            return keys.ConnectionString;
        }
        catch (ArgumentException)
        {
            return "a connection string that cannot be read";
        }
    }
}
