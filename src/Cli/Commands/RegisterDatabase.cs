using System.Data.Common;
using System.Globalization;
using Supervision.Register;

namespace Supervision.Cli.Commands;

/// <summary>Opens the register a verb names (<see cref="RegisterTarget"/>: --db, else <c>Register__Connection</c>, else
/// supervision.db in the data folder the service uses too, <see cref="DataFolder"/>: <c>Data__Path</c>, <c>SUPERVISION_DATA</c>,
/// else <c>~/.local/share/supervision</c>) for one verb, turning database failures into one "error:" line and exit
/// code 2, never a stack trace: a value the database refuses (a NUL character, a constraint) is named as such, as the
/// API's 422 names it, and the line names the register and where it came from. The audit key is found as the service
/// finds it: the environment's <c>Register__AuditKey</c> (base64) or <c>Register__AuditKeyFile</c> — the service's own
/// settings, so one environment serves both — and otherwise the key file beside a SQLite file, or
/// supervision-audit.key in the data folder for PostgreSQL (<see cref="PostgresAuditKey"/>).</summary>
internal static class RegisterDatabase
{
    public const string Option = "[--db CONN]";

    /// <summary>The environment variable naming the data folder, as the service's setting Data:Path.</summary>
    public const string DataVariable = "Data__Path";

    /// <summary>Reads --db and finds the register the verb opens (<see cref="RegisterTarget"/>); call before <see cref="Arguments.EnsureAllRead"/>.</summary>
    public static RegisterTarget Connection(Arguments arguments) => RegisterTarget.Of(arguments, arguments.Option("db", null));

    /// <summary>The environment variable naming the audit key (base64), as the service's setting Register:AuditKey.</summary>
    public const string KeyVariable = "Register__AuditKey";

    /// <summary>The environment variable naming the audit key's file, as the service's setting Register:AuditKeyFile.</summary>
    public const string KeyFileVariable = "Register__AuditKeyFile";

    /// <summary>The environment variable naming the signatures' trust store folder, as the service's setting Signing:TrustStore.</summary>
    public const string TrustStoreVariable = "Signing__TrustStore";

    public static int Run(RegisterTarget target, TextWriter error, Func<ActRegister, Task<int>> verb) => Run(target, error, verb, sealPlainChain: false);

    /// <summary>As <see cref="Run(RegisterTarget, TextWriter, Func{ActRegister, Task{int}})"/>; <paramref name="sealPlainChain"/>: <c>audit seal</c>.</summary>
    public static int Run(RegisterTarget target, TextWriter error, Func<ActRegister, Task<int>> verb, bool sealPlainChain)
    {
        try
        {
            // On the thread pool: no synchronization context of a host can deadlock the wait.
            return Task.Run(() => RunAsync(target, verb, sealPlainChain)).GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is RegisterException or DbException or IOException or UnauthorizedAccessException or TimeoutException or InvalidOperationException or ArgumentException)
        {
            // ArgumentException: a connection string the database's driver cannot read (an unknown keyword, a bad value).
            error.WriteLine(Line(target, exception));
            return CommandLine.BadInput;
        }
    }

    /// <summary>A refused value says what and where (never the database's own text, which may quote it);
    /// a database out of reach says why by type and code; anything else keeps the register's one line.</summary>
    private static string Line(RegisterTarget target, Exception exception) => StoreFailure.Of(exception) switch
    {
        { Kind: RegisterFailureKind.Refused } refused => $"error: {refused.Detail}{(refused.Field is null ? string.Empty : $" ({refused.Field})")}",
        { Kind: RegisterFailureKind.Unavailable } unreachable when exception is not RegisterException =>
            $"error: the register ({target}) cannot be reached: {unreachable.Reason}",
        _ => $"error: the register ({target}): {OneLine(exception.Message)}",
    };

    /// <summary>"2025-10-14", or "—" for none.</summary>
    public static string Show(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");

    private static async Task<int> RunAsync(RegisterTarget target, Func<ActRegister, Task<int>> verb, bool sealPlainChain)
    {
        var data = target.Data;
        var options = target.Options() with { SealPlainChain = sealPlainChain };
        if (target.Register.IsDataFolderDefault || string.Equals(target.Connection, data.RegisterFile, StringComparison.Ordinal) || string.Equals(options.AuditKeyFile, data.AuditKeyFilePath, StringComparison.Ordinal))
        {
            // The default register or key: the folder holds keys, so it is made owner-only before the first file lands in it.
            data.EnsureCreated();
        }

        await using var register = await ActRegister.OpenAsync(options);
        return await verb(register);
    }
}
