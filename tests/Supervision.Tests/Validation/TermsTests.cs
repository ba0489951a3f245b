using Supervision.Acts;
using static Supervision.Tests.Validation.Rejections;

namespace Supervision.Tests.Validation;

public sealed class TermsTests
{
    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void AnInstructionsDeadlineFallsAfterTheActDate(ActLanguage language)
    {
        var act = ExampleActs.Load<Instruction>(language);

        AssertRejected(act with { Deadline = act.Date }, "deadline", "term-too-short");
        AssertRejected(act with { Deadline = act.Date!.Value.AddDays(-1) }, "deadline", "term-too-short");
        AssertValid(act with { Deadline = act.Date!.Value.AddDays(1) });
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void AnOrdersTermOfExecutionFallsAfterTheActDate(ActLanguage language)
    {
        var act = ExampleActs.Load<Order>(language);

        var error = AssertRejected(act with { Deadline = act.Date }, "deadline", "term-too-short");

        var day = act.Date!.Value.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(day, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void ADeadlineYearsAwayIsATypingMistake(ActLanguage language)
    {
        var act = ExampleActs.Load<Instruction>(language);

        AssertRejected(act with { Deadline = act.Date!.Value.AddYears(2) }, "deadline", "term-too-long");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void AProtestIsConsideredInNoLessThanTenDays(ActLanguage language)
    {
        var act = ExampleActs.Load<Protest>(language);

        var error = AssertRejected(act with { ConsiderationDays = 9 }, "considerationDays", "term-too-short");
        Assert.Contains("10", error.Message, StringComparison.Ordinal);
        AssertValid(act with { ConsiderationDays = 10 });
        AssertRejected(act with { ConsiderationDays = 400 }, "considerationDays", "term-too-long");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void ASubmissionIsConsideredInAtMostThirtyDays(ActLanguage language)
    {
        var act = ExampleActs.Load<Submission>(language);

        var error = AssertRejected(act with { ConsiderationDays = 31 }, "considerationDays", "term-too-long");
        Assert.Contains("30", error.Message, StringComparison.Ordinal);
        AssertValid(act with { ConsiderationDays = 30 });
        AssertValid(act with { ConsiderationDays = 1 });
        AssertRejected(act with { ConsiderationDays = 0 }, "considerationDays", "term-too-short");
    }
}
