using Supervision.Acts;
using static Supervision.Tests.Validation.Rejections;

namespace Supervision.Tests.Validation;

/// <summary>The petition for a private ruling (p. 6) goes to the judge hearing the case and says whose
/// violations, which norms, and where the ruling should be sent.</summary>
public sealed class PrivateRulingPetitionTests
{
    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void ThePetitionGoesOnlyToTheCourt(ActLanguage language)
    {
        var act = ExampleActs.Load<PrivateRulingPetition>(language);

        AssertRejected(act with { Addressee = act.Addressee! with { Kind = AddresseeKind.SuperiorProsecutor } }, "addressee.kind", "addressee-not-allowed");
        AssertRejected(act with { Addressee = null }, "addressee", "required");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void TheViolationsTheirAuthorsAndTheRecipientsAreRequired(ActLanguage language)
    {
        var act = ExampleActs.Load<PrivateRulingPetition>(language);

        AssertRejected(act with { Court = null }, "court", "required");
        AssertRejected(act with { CaseName = " " }, "caseName", "required");
        AssertRejected(act with { Violators = null }, "violators", "required");
        AssertRejected(act with { Violations = [] }, "violations", "required");
        AssertRejected(act with { ViolatedNorms = null }, "violatedNorms", "required");
        AssertRejected(act with { SendTo = [] }, "sendTo", "required");
        AssertRejected(act with { SendTo = [act.SendTo![0], ""] }, "sendTo[1]", "required");
        AssertValid(act with { Causes = null, Proceeding = null, Attachments = null });
    }
}
