using Supervision.Register;

namespace Supervision.Cli.Commands;

/// <summary>What register backup and restore share: the register's key settings as the other verbs read them, and
/// a failure turned into one "error:" line and exit 2.</summary>
internal static class BackupKeys
{
    /// <summary>The options naming the register and its audit key, as the other verbs find them (<see cref="RegisterTarget"/>).</summary>
    public static RegisterOptions Options(RegisterTarget target) => target.Options();

    /// <summary>Runs the step on the thread pool; a register failure or a file that cannot be written is one line, exit 2.</summary>
    public static int Run(TextWriter error, Func<int> step)
    {
        try
        {
            return Task.Run(step).GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is RegisterException or System.Data.Common.DbException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {exception.Message}");
            return CommandLine.BadInput;
        }
    }
}
