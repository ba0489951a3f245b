using System.Data.Common;
using System.Globalization;
using Supervision.Register;

namespace Supervision.Cli.Commands;

/// <summary>Opens the register named by --db (default: supervision.db in the data folder the service uses too,
/// <see cref="DataFolder"/>: <c>Data__Path</c>, <c>SUPERVISION_DATA</c>, else <c>~/.local/share/supervision</c>) for one verb,
/// turning database failures into one "error:" line and exit code 2, never a stack trace: a value the
/// database refuses (a NUL character, a constraint) is named as such, as the API's 422 names it. The audit key is
/// found as the service finds it: the environment's <c>Register__AuditKey</c> (base64) or
/// <c>Register__AuditKeyFile</c> — the service's own settings, so one environment serves both — and
/// otherwise the key file beside a SQLite file, or supervision-audit.key in the data folder for PostgreSQL
/// (<see cref="PostgresAuditKey"/>).</summary>
internal static class RegisterDatabase
{
    public const string Option = "[--db CONN]";

    /// <summary>The environment variable naming the data folder, as the service's setting Data:Path.</summary>
    public const string DataVariable = "Data__Path";

    /// <summary>Reads --db (default: the register file in the data folder); call before <see cref="Arguments.EnsureAllRead"/>.</summary>
    public static string Connection(Arguments arguments) => arguments.Option("db", null) ?? Data.RegisterFile;

    /// <summary>The data folder the service uses too.</summary>
    private static DataFolder Data => DataFolder.Resolve(Environment.GetEnvironmentVariable(DataVariable));

    /// <summary>The environment variable naming the audit key (base64), as the service's setting Register:AuditKey.</summary>
    public const string KeyVariable = "Register__AuditKey";

    /// <summary>The environment variable naming the audit key's file, as the service's setting Register:AuditKeyFile.</summary>
    public const string KeyFileVariable = "Register__AuditKeyFile";

    /// <summary>The environment variable naming the signatures' trust store folder, as the service's setting Signing:TrustStore.</summary>
    public const string TrustStoreVariable = "Signing__TrustStore";

    public static int Run(string connection, TextWriter error, Func<ActRegister, Task<int>> verb) => Run(connection, error, verb, sealPlainChain: false);

    /// <summary>As <see cref="Run(string, TextWriter, Func{ActRegister, Task{int}})"/>; <paramref name="sealPlainChain"/>: <c>audit seal</c>.</summary>
    public static int Run(string connection, TextWriter error, Func<ActRegister, Task<int>> verb, bool sealPlainChain)
    {
        try
        {
            // On the thread pool: no synchronization context of a host can deadlock the wait.
            return Task.Run(() => RunAsync(connection, verb, sealPlainChain)).GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is RegisterException or DbException or IOException or UnauthorizedAccessException or TimeoutException or InvalidOperationException)
        {
            error.WriteLine(Line(connection, exception));
            return CommandLine.BadInput;
        }
    }

    /// <summary>A refused value says what and where (never the database's own text, which may quote it);
    /// a database out of reach says why by type and code; anything else keeps the register's one line.</summary>
    private static string Line(string connection, Exception exception) => StoreFailure.Of(exception) switch
    {
        { Kind: RegisterFailureKind.Refused } refused => $"error: {refused.Detail}{(refused.Field is null ? string.Empty : $" ({refused.Field})")}",
        { Kind: RegisterFailureKind.Unavailable } unreachable when exception is not RegisterException =>
            $"error: the register ({Describe(connection)}) cannot be reached: {unreachable.Reason}",
        _ => $"error: the register ({Describe(connection)}): {exception.Message}",
    };

    /// <summary>"2025-10-14", or "—" for none.</summary>
    public static string Show(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    private static async Task<int> RunAsync(string connection, Func<ActRegister, Task<int>> verb, bool sealPlainChain)
    {
        var data = Data;
        var keyFile = AuditKeyFile(connection);
        if (string.Equals(connection, data.RegisterFile, StringComparison.Ordinal) || string.Equals(keyFile, data.AuditKeyFilePath, StringComparison.Ordinal))
        {
            // The default register or key: the folder holds keys, so it is made owner-only before the first file lands in it.
            data.EnsureCreated();
        }

        await using var register = await ActRegister.OpenAsync(new RegisterOptions
        {
            Connection = connection,
            AuditKey = Environment.GetEnvironmentVariable(KeyVariable),
            AuditKeyFile = keyFile,
            SealPlainChain = sealPlainChain,
            TrustStore = Environment.GetEnvironmentVariable(TrustStoreVariable) is { Length: > 0 } trust ? trust : null,
        });
        return await verb(register);
    }

    /// <summary>
    /// The audit key's file as the service finds it: <c>Register__AuditKeyFile</c>; none where the key is
    /// <c>Register__AuditKey</c>; else the data folder's for PostgreSQL, and null (beside the file) for SQLite.
    /// </summary>
    /// <exception cref="RegisterException">A PostgreSQL register's key lies in the current folder and the data folder has none.</exception>
    public static string? AuditKeyFile(string connection)
    {
        if (Environment.GetEnvironmentVariable(KeyFileVariable) is { Length: > 0 } file)
        {
            return file;
        }

        return string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(KeyVariable))
            ? PostgresAuditKey.DefaultFile(Data, connection, Environment.CurrentDirectory)
            : null;
    }

    /// <summary>The connection as a message names it, without a password.</summary>
    private static string Describe(string connection)
    {
        try
        {
            var keys = new DbConnectionStringBuilder { ConnectionString = connection.Contains('=', StringComparison.Ordinal) ? connection : $"Data Source={connection}" };
            keys.Remove("Password");
            return keys.ConnectionString;
        }
        catch (ArgumentException)
        {
            return "the --db given";
        }
    }
}
