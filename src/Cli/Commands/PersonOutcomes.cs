using Supervision.Register;

namespace Supervision.Cli.Commands;

/// <summary>How the person actions print what came of a change.</summary>
internal static class PersonOutcomes
{
    /// <summary>"added a.seitova  2-11 …" (exit 0) for a change made; the refusal's line naming the option (exit 2) otherwise.</summary>
    public static int Print(PersonOutcome outcome, string done, TextWriter output, TextWriter error, IReadOnlyDictionary<string, string> options)
    {
        switch (outcome)
        {
            case PersonOutcome.Done changed:
                output.WriteLine($"{done} {PersonListAction.Line(changed.Person)}");
                return CommandLine.Ok;
            case PersonOutcome.Refused refused:
                return Refusals.Print(error, refused.Problem, options);
            default:
                throw new InvalidOperationException("a person outcome this command does not know");
        }
    }
}
