using System.Data.Common;
using System.Globalization;
using Supervision.Register;

namespace Supervision.Cli.Commands;

/// <summary>Opens the register named by --db (default: supervision.db in the current folder) for one verb,
/// turning database failures into one "error:" line and exit code 2, never a stack trace: a value the
/// database refuses (a NUL character, a constraint) is named as such, as the API's 422 names it.</summary>
internal static class RegisterDatabase
{
    public const string Option = "[--db CONN]";

    /// <summary>Reads --db; call before <see cref="Arguments.EnsureAllRead"/>.</summary>
    public static string Connection(Arguments arguments) => arguments.Option("db", RegisterOptions.DefaultConnection)!;

    public static int Run(string connection, TextWriter error, Func<ActRegister, Task<int>> verb)
    {
        try
        {
            // On the thread pool: no synchronization context of a host can deadlock the wait.
            return Task.Run(() => RunAsync(connection, verb)).GetAwaiter().GetResult();
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

    private static async Task<int> RunAsync(string connection, Func<ActRegister, Task<int>> verb)
    {
        await using var register = await ActRegister.OpenAsync(new RegisterOptions { Connection = connection });
        return await verb(register);
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
