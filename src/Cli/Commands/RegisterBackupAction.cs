using Supervision.Register;

namespace Supervision.Cli.Commands;

/// <summary>register backup --out FILE: the register at one moment, copied while the service runs (SQLite's online
/// backup; pg_dump for PostgreSQL), without the audit key, which the operator keeps apart (--key-out copies it).</summary>
internal sealed class RegisterBackupAction : ICommandAction
{
    public string Name => "backup";

    public string Usage => $"backup --out FILE {RegisterDatabase.Option} [--key-out KEYFILE]";

    public string Summary => "copies the register into a new file while the service runs (SQLite's online backup; pg_dump for PostgreSQL); " +
        "the audit key is never in it: keep its file apart (--key-out writes a copy, owner-only)";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var file = arguments.Required("out", "FILE");
        var keyOut = arguments.Option("key-out");
        var connection = RegisterDatabase.Connection(arguments);
        arguments.EnsureAllRead(positionalCount: 1);
        return BackupKeys.Run(error, () =>
        {
            var summary = RegisterBackup.BackupAsync(connection.Connection, file).GetAwaiter().GetResult();
            output.WriteLine($"backed up into {summary.Target}: {summary.Acts} act(s), {summary.AuditEntries} audit entries");
            var key = RegisterBackup.AuditKeyPath(BackupKeys.Options(connection));
            if (keyOut is not null && key is not null)
            {
                RegisterBackup.CopyAuditKey(key, keyOut);
                output.WriteLine($"audit key {key} copied to {Path.GetFullPath(keyOut)}: keep it apart from the backup");
            }
            else
            {
                output.WriteLine(key is null
                    ? $"the audit key is the setting {RegisterDatabase.KeyVariable}, not in the backup: keep it apart, a restored register needs it"
                    : $"the audit key is not in the backup: keep a copy of {key} apart from it, a restored register needs it");
            }

            return CommandLine.Ok;
        });
    }
}
