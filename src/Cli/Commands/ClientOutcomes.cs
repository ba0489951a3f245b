using Supervision.Register;

namespace Supervision.Cli.Commands;

/// <summary>How the client actions print what came of a change.</summary>
internal static class ClientOutcomes
{
    /// <summary>"added erp …" and, for a new client, its key on a line of its own (exit 0); the refusal's line (exit 2) otherwise.</summary>
    public static int Print(ClientOutcome outcome, string done, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string> options)
    {
        switch (outcome)
        {
            case ClientOutcome.Done changed:
                output.WriteLine($"{done} {ClientListAction.Line(changed.Client)}");
                if (changed.Key is { } key)
                {
                    output.WriteLine($"key (shown once, keep it; send it as X-Api-Key): {key}");
                }

                return CommandLine.Ok;
            case ClientOutcome.Refused refused:
                return Refusals.Print(error, refused.Problem, options);
            default:
                throw new InvalidOperationException("a client outcome this command does not know");
        }
    }
}
