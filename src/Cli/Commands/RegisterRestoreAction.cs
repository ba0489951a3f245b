using Supervision.Register;

namespace Supervision.Cli.Commands;

/// <summary>register restore FILE: a backup into an empty register (or, with --replace, over one whose service is
/// stopped), then the audit chain verified there with the register's key (--key installs a kept copy of it).</summary>
internal sealed class RegisterRestoreAction : ICommandAction
{
    public string Name => "restore";

    public string Usage => $"restore FILE {RegisterDatabase.Option} [--key KEYFILE] [--replace]";

    public string Summary => "restores a backup into an empty register (--replace: over a register whose service is stopped), " +
        "puts the audit key's kept copy in place (--key) and verifies the audit chain there";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var file = arguments.Positional(1, "the backup FILE");
        var key = arguments.Option("key");
        var replace = arguments.Flag("replace");
        var connection = RegisterDatabase.Connection(arguments);
        arguments.EnsureAllRead(positionalCount: 2);
        var restored = BackupKeys.Run(error, () =>
        {
            var summary = RegisterBackup.RestoreAsync(file, connection.Connection, replace).GetAwaiter().GetResult();
            output.WriteLine($"restored {Path.GetFullPath(file)} into {summary.Target}: {summary.Acts} act(s), {summary.AuditEntries} audit entries");
            if (key is not null)
            {
                var path = RegisterBackup.AuditKeyPath(BackupKeys.Options(connection))
                    ?? throw new UsageException($"--key: the audit key is the setting {RegisterDatabase.KeyVariable}, not a file");
                RegisterBackup.CopyAuditKey(key, path);
                output.WriteLine($"audit key in place: {path}");
            }

            return CommandLine.Ok;
        });
        if (restored != CommandLine.Ok)
        {
            return restored;
        }

        // The restored chain under the register's own key: a key missing or not the chain's stops here, naming it.
        return RegisterDatabase.Run(connection, error, async register =>
        {
            var report = await register.VerifyAuditAsync();
            if (report.Broken is { } broken)
            {
                output.WriteLine($"audit chain broken at entry {broken.Seq} ({broken.Subject}): {broken.Reason}");
                return CommandLine.Invalid;
            }

            output.WriteLine($"audit chain holds ({report.Entries} entries)");
            return CommandLine.Ok;
        });
    }
}
