using Supervision.Acts;
using static Supervision.Tests.Validation.Rejections;

namespace Supervision.Tests.Validation;

/// <summary>The information to the superior prosecutor (p. 6) goes to him alone and tells the violations,
/// whose they are and the norms; the petition for a private ruling it mentions came before it.</summary>
public sealed class ViolationReportTests
{
    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void TheReportGoesOnlyToTheSuperiorProsecutor(ActLanguage language)
    {
        var act = ExampleActs.Load<ViolationReport>(language);

        AssertRejected(act with { Addressee = act.Addressee! with { Kind = AddresseeKind.Court } }, "addressee.kind", "addressee-not-allowed");
        AssertRejected(act with { Addressee = null }, "addressee", "required");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void TheViolationsAndTheirAuthorsAreRequired(ActLanguage language)
    {
        var act = ExampleActs.Load<ViolationReport>(language);

        AssertRejected(act with { Court = " " }, "court", "required");
        AssertRejected(act with { CaseNumber = null }, "caseNumber", "required");
        AssertRejected(act with { Violators = null }, "violators", "required");
        AssertRejected(act with { Violations = null }, "violations", "required");
        AssertRejected(act with { ViolatedNorms = [] }, "violatedNorms", "required");
        AssertValid(act with { Causes = null, PetitionOn = null, Proposals = null, Proceeding = null, Attachments = null });
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void ThePetitionItMentionsIsNotDatedAfterIt(ActLanguage language)
    {
        var act = ExampleActs.Load<ViolationReport>(language);

        AssertRejected(act with { PetitionOn = act.Date!.Value.AddDays(1) }, "petitionOn", "date-order");
        AssertValid(act with { PetitionOn = act.Date });
    }
}
