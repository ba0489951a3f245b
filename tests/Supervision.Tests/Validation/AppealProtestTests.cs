using Supervision.Acts;
using Supervision.Validation;
using static Supervision.Tests.Validation.Rejections;

namespace Supervision.Tests.Validation;

/// <summary>
/// The prosecutor's appeal (p. 7): it follows the court act it contests, goes to the appeal court through the
/// court that made the act rather than to an addressee, carries its copies, and is warned of — not refused —
/// when dated after the month of Civil Procedure Code art. 403, counted from the decision's final form.
/// </summary>
public sealed class AppealProtestTests
{
    // The example's decision was made in its final form on Friday 27 June 2025: a month later is Sunday 27 July,
    // so the term ends on Monday 28 July.
    private static readonly DateOnly LastDayOfTerm = new(2025, 7, 28);

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void AnAppealOnTheLastDayOfTheTermIsNotWarnedOf(ActLanguage language)
    {
        var act = ExampleActs.Load<ProsecutorAppeal>(language) with { Date = LastDayOfTerm };

        var report = ActValidator.Default.Validate(act);

        Assert.Empty(report.Errors);
        Assert.DoesNotContain(report.Warnings, w => w.Code == ValidationCodes.AppealTermMissed);
    }

    [Fact]
    public void AnAppealAfterTheTermIsWarnedOfWithTheDayTheTermEnded()
    {
        var act = ExampleActs.Load<ProsecutorAppeal>(ActLanguage.Ru) with { Date = LastDayOfTerm.AddDays(1) };

        var report = ActValidator.Default.Validate(act);

        Assert.Empty(report.Errors);
        var warning = Assert.Single(report.Warnings, w => w.Code == ValidationCodes.AppealTermMissed);
        Assert.Equal("date", warning.Path);
        Assert.Equal(
            "Акт датирован 29.07.2025, а срок апелляционного обжалования – 1 месяц со дня изготовления решения в окончательной форме "
            + "(27.06.2025) – истёк 28.07.2025. Если срок пропущен по уважительной причине, приложите ходатайство о его восстановлении.",
            warning.Message);
    }

    [Fact]
    public void TheKazakhWarningReadsAsKazakhProse()
    {
        var act = ExampleActs.Load<ProsecutorAppeal>(ActLanguage.Kk) with { Date = LastDayOfTerm.AddDays(1) };

        var warning = Assert.Single(ActValidator.Default.Validate(act).Warnings, w => w.Code == ValidationCodes.AppealTermMissed);

        Assert.Equal(
            "Акт 29.07.2025 күні жасалған, ал апелляциялық шағымдану мерзімі – шешім түпкілікті нысанда дайындалған күннен (27.06.2025) "
            + "бастап 1 ай – 28.07.2025 күні өтіп кеткен. Мерзім дәлелді себеппен өткізілген болса, оны қалпына келтіру туралы өтінішхатты қоса беріңіз.",
            warning.Message);
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void TheFinalFormFollowsTheDecisionAndPrecedesTheAppeal(ActLanguage language)
    {
        var act = ExampleActs.Load<ProsecutorAppeal>(language);

        AssertRejected(act with { FinalFormOn = new DateOnly(2025, 6, 23) }, "finalFormOn", "date-order");
        AssertRejected(act with { FinalFormOn = act.Date!.Value.AddDays(1) }, "finalFormOn", "date-order");
        AssertRejected(act with { FinalFormOn = null, ContestedAct = act.ContestedAct! with { Date = act.Date!.Value.AddDays(1) } }, "contestedAct.date", "date-order");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void TheAppealNamesItsCourtsInsteadOfAnAddressee(ActLanguage language)
    {
        var act = ExampleActs.Load<ProsecutorAppeal>(language);
        var judge = ExampleActs.Load<Conclusion>(language).Addressee;

        var error = AssertRejected(act with { Addressee = judge }, "addressee", "not-applicable");

        Assert.Contains(language == ActLanguage.Kk ? "«Апелляциялық сатыдағы сот»" : "«Суд апелляционной инстанции»", error.Message, StringComparison.Ordinal);
        AssertRejected(act with { AppealCourt = " " }, "appealCourt", "required");
        AssertRejected(act with { TrialCourt = null }, "trialCourt", "required");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void WhatArticle404AsksForIsRequired(ActLanguage language)
    {
        var act = ExampleActs.Load<ProsecutorAppeal>(language);

        AssertRejected(act with { ContestedAct = null }, "contestedAct", "required");
        AssertRejected(act with { ContestedAct = act.ContestedAct! with { Court = null } }, "contestedAct.court", "required");
        AssertRejected(act with { CaseNumber = null }, "caseNumber", "required");
        AssertRejected(act with { FinalFormOn = null }, "finalFormOn", "required");
        AssertRejected(act with { Grounds = [] }, "grounds", "required");
        AssertRejected(act with { ViolatedNorms = null }, "violatedNorms", "required");
        AssertRejected(act with { Requests = [] }, "requests", "required");
        AssertRejected(act with { Attachments = null }, "attachments", "required");
        AssertValid(act with { Proceeding = null });
    }
}
