using System.Data.Common;
using System.Globalization;
using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Cli.Commands;

/// <summary>Opens the register named by --db (default: supervision.db in the current folder) for one verb,
/// turning database failures into one "error:" line and exit code 2, never a stack trace.</summary>
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
            error.WriteLine($"error: the register ({Describe(connection)}): {exception.Message}");
            return CommandLine.BadInput;
        }
    }

    /// <summary>A date option as YYYY-MM-DD, or a usage error.</summary>
    public static DateOnly? Date(Arguments arguments, string name)
    {
        var value = arguments.Option(name);
        if (value is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"--{name} '{value}' is not a date YYYY-MM-DD");
    }

    /// <summary>An enum option by its public name, or a usage error listing the names.</summary>
    public static T? Enum<T>(Arguments arguments, string name) where T : struct, System.Enum
    {
        var value = arguments.Option(name);
        if (value is null)
        {
            return null;
        }

        return EnumNames.TryParse<T>(value, out var parsed)
            ? parsed
            : throw new UsageException($"--{name} '{value}' is not one of: {string.Join(", ", EnumNames.All<T>())}");
    }

    /// <summary>An act id, or a usage error.</summary>
    public static long Id(Arguments arguments, int index)
    {
        var value = arguments.Positional(index, "ID (the act's id in the register)");
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw new UsageException($"'{value}' is not an act id (a positive whole number)");
    }

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
