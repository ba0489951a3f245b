using Supervision.Register;

namespace Supervision.Cli.Commands;

/// <summary>
/// audit verify | checkpoint | seal: verify walks the chain and re-checks the rows (exit 0 "holds", 1 naming
/// the first broken entry; --checkpoint LINE|@FILE: a checkpoint printed earlier, whose MAC must be this
/// register's); checkpoint verifies and prints the signed head, one line to keep outside the database;
/// seal keys a chain written before keys with a key that already existed (a setting, a file made by hand).
/// </summary>
internal sealed class AuditCommand : ICommand
{
    public string Name => "audit";

    public string Usage =>
        $"audit verify {RegisterDatabase.Option} [--head HASH] [--checkpoint LINE|@FILE]\n" +
        $"  supervision audit checkpoint {RegisterDatabase.Option}\n" +
        $"  supervision audit seal {RegisterDatabase.Option}";

    public string Summary =>
        "verify walks the audit chain (keyed with the audit key: Register__AuditKey or Register__AuditKeyFile, else the key file beside the SQLite file, or supervision-audit.key in the data folder for PostgreSQL) " +
        "and re-checks every stored act, number sequence, template version, office, person, client and remembered answer against it; exit 0 \"audit chain holds (N entries)\", " +
        "exit 1 naming the first broken entry (--head: a head hash printed earlier that the chain must still contain; --checkpoint: a line printed by audit checkpoint, or @file holding it); " +
        "checkpoint verifies and prints the signed head (count, hash, time, MAC) to keep outside the database; " +
        "seal keys a chain written before keys, once, where the key was given rather than created at the first start";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var action = arguments.Positional(0, "the action: verify, checkpoint, seal");
        var head = action == "verify" ? arguments.Option("head") : null;
        var checkpoint = action == "verify" ? Checkpoint(arguments.Option("checkpoint")) : null;
        if (action is not ("verify" or "checkpoint" or "seal"))
        {
            throw new UsageException($"unknown action '{action}'; audit has: verify, checkpoint, seal");
        }

        var connection = RegisterDatabase.Connection(arguments);
        arguments.EnsureAllRead(positionalCount: 1);
        return RegisterDatabase.Run(
            connection,
            error,
            async register =>
            {
                if (checkpoint is not null && register.CheckpointProblem(checkpoint) is { } refused)
                {
                    error.WriteLine($"error: --checkpoint: {refused}");
                    return CommandLine.BadInput;
                }

                var report = checkpoint is null ? await register.VerifyAuditAsync(head) : await register.VerifyAuditAsync(checkpoint);
                if (report.Broken is { } broken)
                {
                    output.WriteLine(broken.Seq is { } seq
                        ? $"audit chain broken at entry {seq} ({broken.Subject}): {broken.Reason}"
                        : $"audit chain broken: {broken.Subject}: {broken.Reason}");
                    return CommandLine.Invalid;
                }

                if (action == "checkpoint")
                {
                    output.WriteLine(report.Checkpoint!.Line);
                    return CommandLine.Ok;
                }

                output.WriteLine($"audit chain holds ({report.Entries} entries)");
                output.WriteLine($"head hash {report.HeadHash}");
                return CommandLine.Ok;
            },
            sealPlainChain: action == "seal");
    }

    /// <summary>The checkpoint given as the line itself or as @file; a usage error where it is not one.</summary>
    private static AuditCheckpoint? Checkpoint(string? given)
    {
        if (given is null)
        {
            return null;
        }

        var line = given;
        if (given.StartsWith('@'))
        {
            try
            {
                line = File.ReadAllText(given[1..]);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"--checkpoint {given}: the file cannot be read: {exception.Message}");
            }
        }

        return AuditCheckpoint.TryParse(line, out var checkpoint, out var problem)
            ? checkpoint
            : throw new UsageException($"--checkpoint: {problem}");
    }
}
