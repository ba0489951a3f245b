using Supervision.Acts;

namespace Supervision.Validation.Rules;

/// <summary>
/// A protest's old flag <c>proceedingSuspended</c>, kept for systems that still send it, must agree with the
/// type of the contested resolution, which decides whether the protest demands the proceeding's resumption:
/// true only for a suspension, false never for one.
/// </summary>
internal sealed class SuspensionRule : IActRule
{
    public void Check(ValidationContext context)
    {
        if (context.Act is Protest { ProceedingSuspended: { } flagged, ContestedResolution.Type: { } type }
            && flagged != (type == ContestedResolutionType.Suspension))
        {
            context.Report(
                "proceedingSuspended",
                ValidationCodes.SuspensionMismatch,
                values: [("type", context.Words.ResolutionType(type)), ("typeLabel", context.Messages.Label("contestedResolution.type"))]);
        }
    }
}
