namespace Supervision.Cli.Commands;

/// <summary>audit verify [--db CONN] [--head HASH]: exit 0 when the chain holds, 1 naming the first broken entry.</summary>
internal sealed class AuditCommand : ICommand
{
    public string Name => "audit";

    public string Usage => $"audit verify {RegisterDatabase.Option} [--head HASH]";

    public string Summary => "walks the audit chain and re-checks every stored act, template version, office and person against it; exit 0 \"audit chain holds (N entries)\", exit 1 naming the first broken entry (--head: a head hash printed earlier that the chain must still contain)";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var action = arguments.Positional(0, "the action: verify");
        if (action != "verify")
        {
            throw new UsageException($"unknown action '{action}'; audit has: verify");
        }

        var head = arguments.Option("head");
        var connection = RegisterDatabase.Connection(arguments);
        arguments.EnsureAllRead(positionalCount: 1);
        return RegisterDatabase.Run(connection, error, async register =>
        {
            var report = await register.VerifyAuditAsync(head);
            if (report.Broken is { } broken)
            {
                output.WriteLine(broken.Seq is { } seq
                    ? $"audit chain broken at entry {seq} ({broken.Subject}): {broken.Reason}"
                    : $"audit chain broken: {broken.Subject}: {broken.Reason}");
                return CommandLine.Invalid;
            }

            output.WriteLine($"audit chain holds ({report.Entries} entries)");
            output.WriteLine($"head sha256 {report.HeadHash}");
            return CommandLine.Ok;
        });
    }
}
