using Supervision.Acts;
using static Supervision.Tests.Validation.Rejections;

namespace Supervision.Tests.Validation;

/// <summary>The reply to an applicant (p. 8) goes to the applicant, answers an application that came before
/// it, and names only acts of supervision already brought.</summary>
public sealed class ApplicantReplyTests
{
    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void TheExampleIsValid(ActLanguage language) =>
        AssertValid(ExampleActs.Load<ApplicantReply>(language));

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void TheApplicationCannotComeAfterTheReply(ActLanguage language)
    {
        var act = ExampleActs.Load<ApplicantReply>(language);

        var error = AssertRejected(act with { ComplaintDate = act.Date!.Value.AddDays(1) }, "complaintDate", "date-order");

        Assert.Contains("13.11.2025", error.Message, StringComparison.Ordinal);
        AssertValid(act with { ComplaintDate = act.Date });
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void AnActOfSupervisionDatedAfterTheReplyIsRefusedAtItsIndex(ActLanguage language)
    {
        var act = ExampleActs.Load<ApplicantReply>(language);
        var measure = act.Measures![0];

        AssertRejected(act with { Measures = [measure, measure with { Date = act.Date!.Value.AddDays(2) }] }, "measures[1].date", "date-order");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void AMeasureNeedsItsTitleNumberAndDateButNotItsResult(ActLanguage language)
    {
        var act = ExampleActs.Load<ApplicantReply>(language);
        var measure = act.Measures![0];

        AssertRejected(act with { Measures = [measure with { Number = " " }] }, "measures[0].number", "required");
        AssertRejected(act with { Measures = [measure with { Title = null }] }, "measures[0].title", "required");
        AssertValid(act with { Measures = [measure with { Result = null }] });
        AssertValid(act with { Measures = null, SuperiorProsecutor = null });
    }
}
