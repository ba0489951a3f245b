using Supervision.Acts;
using Supervision.Validation;
using static Supervision.Tests.Validation.Rejections;

namespace Supervision.Tests.Validation;

/// <summary>
/// A regional prosecutor's information to the General Prosecutor's Office (seed p. 11, 12): only a regional
/// office sends it, about a period that has ended, with tables that hold no negative figure, and it is warned of
/// when it is later than the 7th of the month after its period.
/// </summary>
public sealed class PeriodicReportTests
{
    [Fact]
    public void ADistrictProsecutorIsToldThatOnlyRegionalProsecutorsSendTheCheckReport()
    {
        var act = ExampleActs.Load<CheckReport>(ActLanguage.Ru);
        var district = act with
        {
            Office = act.Office! with { Level = OfficeLevel.District },
            Signatory = act.Signatory! with { Position = SignatoryPosition.Head, Title = "Прокурор Карасайского района" },
        };

        var error = AssertRejected(district, "signatory.position", "signatory-not-authorized");

        Assert.Equal(
            "Информацию о результатах проверки направляют в Генеральную прокуратуру прокуроры областей, городов Алматы и Астаны "
            + "и приравненные к ним прокуроры (п. 11 Инструкции); в прокуратуре районного уровня она не составляется.",
            error.Message);
    }

    [Fact]
    public void InKazakhTheAnnualSummaryRefusalNamesParagraph12()
    {
        var act = ExampleActs.Load<AnnualSummary>(ActLanguage.Kk);
        var district = act with
        {
            Office = act.Office! with { Level = OfficeLevel.District },
            Signatory = act.Signatory! with { Position = SignatoryPosition.Head, Title = "Қарасай ауданының прокуроры" },
        };

        var error = AssertRejected(district, "signatory.position", "signatory-not-authorized");

        Assert.Equal(
            "Жылдық жинақтап қорытындылау нәтижелері туралы ақпаратты Бас прокуратураға облыстардың, Алматы және Астана "
            + "қалаларының прокурорлары және оларға теңестірілген прокурорлар жібереді (Нұсқаулықтың 12-тармағы); "
            + "ол аудан деңгейіндегі прокуратурада жасалмайды.",
            error.Message);
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void AQuarterIsOneToFour(ActLanguage language)
    {
        var act = ExampleActs.Load<QuarterlyAnalysis>(language);

        AssertRejected(act with { Quarter = 5 }, "quarter", "out-of-range");
        AssertRejected(act with { Quarter = 0 }, "quarter", "out-of-range");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void TheQuarterMustHaveEndedByTheActsDate(ActLanguage language)
    {
        // The example, dated 6 October 2025, analyses the third quarter; the fourth has not ended.
        var act = ExampleActs.Load<QuarterlyAnalysis>(language);

        AssertValid(act);
        AssertRejected(act with { Quarter = 4 }, "quarter", "date-order");
        AssertRejected(act with { Date = new DateOnly(2025, 9, 30) }, "quarter", "date-order");
        AssertRejected(act with { Year = 2026 }, "quarter", "date-order");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void TheYearMustHaveEndedAndNoYearBreaksTheValidator(ActLanguage language)
    {
        var act = ExampleActs.Load<AnnualSummary>(language);

        AssertRejected(act with { Year = 2026 }, "year", "date-order");
        AssertRejected(act with { Year = int.MaxValue }, "year", "date-order");
        AssertRejected(act with { Year = 1200 }, "year", "out-of-range");
        AssertRejected(act with { Year = int.MinValue }, "year", "out-of-range");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void TheChecksDatesFollowEachOther(ActLanguage language)
    {
        var act = ExampleActs.Load<CheckReport>(language);

        AssertRejected(act with { CheckStart = new DateOnly(2025, 10, 27) }, "checkStart", "date-order");
        AssertRejected(act with { CheckEnd = new DateOnly(2025, 11, 6) }, "checkEnd", "date-order");
        AssertRejected(act with { PeriodStart = new DateOnly(2025, 10, 1) }, "periodStart", "date-order");
        AssertRejected(act with { PeriodEnd = new DateOnly(2025, 10, 31) }, "periodEnd", "date-order");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void TheTablesHoldNoNegativeFigureAndSumsInTiyn(ActLanguage language)
    {
        var check = ExampleActs.Load<CheckReport>(language);
        var acts = check.Acts!.ToList();
        acts[1] = acts[1] with { Overdue = -1 };
        AssertRejected(check with { Acts = acts }, "acts[1].overdue", "out-of-range");

        var summary = ExampleActs.Load<AnnualSummary>(language);
        var rows = summary.ProsecutorClaimFigures!.ToList();
        rows[0] = rows[0] with { Recovered = -5m, Amount = 10.005m };
        AssertRejected(summary with { ProsecutorClaimFigures = rows }, "prosecutorClaimFigures[0].recovered", "amount-negative");
        AssertRejected(summary with { ProsecutorClaimFigures = rows }, "prosecutorClaimFigures[0].amount", "amount-precision");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void EveryFigureOfARowIsMandatory(ActLanguage language)
    {
        var analysis = ExampleActs.Load<QuarterlyAnalysis>(language);
        var rows = analysis.Recoveries!.ToList();
        rows[2] = rows[2] with { Documents = null, Label = " " };

        AssertRejected(analysis with { Recoveries = rows }, "recoveries[2].documents", "required");
        AssertRejected(analysis with { Recoveries = rows }, "recoveries[2].label", "required");
        AssertRejected(analysis with { Recoveries = [] }, "recoveries", "required");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void InformationIsNotAboutOneProceeding(ActLanguage language)
    {
        var act = ExampleActs.Load<CheckReport>(language) with { Proceeding = ExampleActs.Load<Order>(language).Proceeding };

        AssertRejected(act, "proceeding", "not-applicable");
    }

    [Theory]
    [InlineData(ActLanguage.Ru, "Информация представляется в Генеральную прокуратуру не позднее 07.11.2025, а акт датирован 10.11.2025: срок, установленный Инструкцией, пропущен.")]
    [InlineData(ActLanguage.Kk, "Ақпарат Бас прокуратураға 07.11.2025 кешіктірілмей тапсырылады, ал акт 10.11.2025 күнімен жасалған: Нұсқаулықта белгіленген мерзім өтіп кеткен.")]
    public void ACheckReportDatedAfterThe7thOfTheNextMonthIsWarnedOfNotRefused(ActLanguage language, string message)
    {
        // The check ended on 24 October 2025: the information was due by 7 November.
        var act = ExampleActs.Load<CheckReport>(language);

        var onTime = ActValidator.Default.Validate(act with { Date = new DateOnly(2025, 11, 7) });
        var late = ActValidator.Default.Validate(act with { Date = new DateOnly(2025, 11, 10) });

        Assert.Empty(onTime.Errors);
        Assert.DoesNotContain(onTime.Warnings, w => w.Code == ValidationCodes.DeliveryLate);
        Assert.Empty(late.Errors);
        var warning = Assert.Single(late.Warnings, w => w.Code == ValidationCodes.DeliveryLate);
        Assert.Equal("date", warning.Path);
        Assert.Equal(message, warning.Message);
    }

    [Fact]
    public void AnAnnualSummaryDatedAfter7JanuaryIsWarnedOf()
    {
        var act = ExampleActs.Load<AnnualSummary>(ActLanguage.Ru);

        Assert.DoesNotContain(ActValidator.Default.Validate(act).Warnings, w => w.Code == ValidationCodes.DeliveryLate);
        Assert.Contains(
            ActValidator.Default.Validate(act with { Date = new DateOnly(2026, 1, 8) }).Warnings,
            w => w.Code == ValidationCodes.DeliveryLate && w.Message.Contains("07.01.2026", StringComparison.Ordinal));
    }
}
