using Supervision.Register;

namespace Supervision.Cli.Commands;

/// <summary>How register publish and register approve print what came of them.</summary>
internal static class TemplateOutcomes
{
    public static int Print(PublishOutcome outcome, TextWriter output, TextWriter error)
    {
        switch (outcome)
        {
            case PublishOutcome.Proposed proposed:
                output.WriteLine($"proposed {proposed.Version.Path} v{proposed.Version.Version} (sha256 {proposed.Version.Sha256}); live once another editor approves it: register approve {proposed.Version.Path} {proposed.Version.Version} --by LOGIN");
                return CommandLine.Ok;
            case PublishOutcome.Published published:
                output.WriteLine($"live {published.Version.Path} v{published.Version.Version} (sha256 {published.Version.Sha256}), approved by {published.Version.ApprovedBy}");
                return CommandLine.Ok;
            case PublishOutcome.Rejected rejected:
                foreach (var problem in rejected.Problems)
                {
                    output.WriteLine(problem);
                }

                return CommandLine.Invalid;
            case PublishOutcome.Refused refused:
                return ActingPerson.Refused(error, refused.Refusal);
            default:
                return CommandLine.BadInput;
        }
    }
}
