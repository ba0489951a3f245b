using Supervision.Acts;
using static Supervision.Tests.Validation.Rejections;

namespace Supervision.Tests.Validation;

/// <summary>The contested resolution's type decides whether a protest demands resumption; the old flag may
/// still be sent, but only in agreement with it.</summary>
public sealed class SuspensionTests
{
    private static Protest Of(ActLanguage language, ContestedResolutionType type, bool? flag) =>
        ExampleActs.Load<Protest>(language) is var act
            ? act with { ContestedResolution = act.ContestedResolution! with { Type = type }, ProceedingSuspended = flag }
            : throw new InvalidOperationException();

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void AFlagThatContradictsTheTypeIsAnError(ActLanguage language)
    {
        AssertRejected(Of(language, ContestedResolutionType.Termination, true), "proceedingSuspended", "suspension-mismatch");
        AssertRejected(Of(language, ContestedResolutionType.Suspension, false), "proceedingSuspended", "suspension-mismatch");
        AssertValid(Of(language, ContestedResolutionType.Suspension, true));
        AssertValid(Of(language, ContestedResolutionType.Termination, false));
        AssertValid(Of(language, ContestedResolutionType.Other, null));
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void AProtestWithoutTheTypeIsIncomplete(ActLanguage language)
    {
        var act = ExampleActs.Load<Protest>(language);

        AssertRejected(act with { ContestedResolution = act.ContestedResolution! with { Type = null } }, "contestedResolution.type", "required");
    }
}
