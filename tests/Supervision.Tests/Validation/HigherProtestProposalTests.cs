using Supervision.Acts;
using static Supervision.Tests.Validation.Rejections;

namespace Supervision.Tests.Validation;

/// <summary>The proposal's ground is a choice (p. 7); the appeal protest follows it; court acts are listed
/// once and oldest first.</summary>
public sealed class HigherProtestProposalTests
{
    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void TheAppealProtestIsRequiredWhereItsRejectionIsAGround(ActLanguage language)
    {
        var act = ExampleActs.Load<HigherProtestProposal>(language) with { AppealProtest = null };

        AssertRejected(act with { Ground = ProtestGround.Both }, "appealProtest", "required");
        AssertRejected(act with { Ground = ProtestGround.AppealProtestRejected }, "appealProtest", "required");
        AssertValid(act with { Ground = ProtestGround.MaterialViolation });
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void AnAppealProtestIsNotApplicableToAMaterialViolationAlone(ActLanguage language)
    {
        var act = ExampleActs.Load<HigherProtestProposal>(language) with { Ground = ProtestGround.MaterialViolation };

        AssertRejected(act, "appealProtest", "not-applicable");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void TheGroundAndTheRequestAreRequired(ActLanguage language)
    {
        var act = ExampleActs.Load<HigherProtestProposal>(language);

        AssertRejected(act with { Ground = null }, "ground", "required");
        AssertRejected(act with { Requested = "" }, "requested", "required");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void CourtActsOutOfOrderAreReportedAtTheLaterListedOne(ActLanguage language)
    {
        var act = ExampleActs.Load<HigherProtestProposal>(language);
        var acts = act.CourtActs!;

        AssertRejected(act with { CourtActs = [acts[0], acts[2], acts[1]] }, "courtActs[2].date", "date-order");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void ACourtActListedTwiceIsReported(ActLanguage language)
    {
        var act = ExampleActs.Load<HigherProtestProposal>(language);
        var acts = act.CourtActs!;

        var error = AssertRejected(act with { CourtActs = [.. acts, acts[1] with { Content = "again" }] }, "courtActs[3]", "duplicate");

        Assert.Contains("2", error.Message, StringComparison.Ordinal);
    }
}
