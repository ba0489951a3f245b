using Supervision.Acts;
using Supervision.Law;

namespace Supervision.Tests.Law;

/// <summary>The information of p. 11 and 12 is due by the 7th of the month after its period, as the seed's frame says.</summary>
public sealed class DeliveryTermTests
{
    [Fact]
    public void ACheckReportIsDueOnThe7thOfTheMonthAfterTheCheckEnded()
    {
        var act = new CheckReport { Date = new DateOnly(2025, 11, 5), CheckEnd = new DateOnly(2025, 10, 24) };

        Assert.Equal(new DateOnly(2025, 11, 7), DeliveryTerms.Due(act, LegalFrames.Default));
    }

    [Theory]
    [InlineData(1, 2025, 4, 7)]
    [InlineData(2, 2025, 7, 7)]
    [InlineData(3, 2025, 10, 7)]
    [InlineData(4, 2026, 1, 7)]
    public void AQuarterlyAnalysisIsDueOnThe7thOfTheMonthAfterTheQuarter(int quarter, int year, int month, int day)
    {
        var act = new QuarterlyAnalysis { Date = new DateOnly(2026, 1, 5), Year = 2025, Quarter = quarter };

        Assert.Equal(new DateOnly(year, month, day), DeliveryTerms.Due(act, LegalFrames.Default));
    }

    [Fact]
    public void AnAnnualSummaryIsDueOn7JanuaryOfTheNextYearEvenThoughItIsAHoliday()
    {
        // 7 January is a public holiday; the Instruction names the day, so it is kept (not moved to the next working day).
        var act = new AnnualSummary { Date = new DateOnly(2026, 1, 6), Year = 2025 };

        Assert.Equal(new DateOnly(2026, 1, 7), DeliveryTerms.Due(act, LegalFrames.Default));
    }

    [Fact]
    public void PeriodsNoDateCanHoldHaveNoDueDate()
    {
        Assert.Null(DeliveryTerms.Due(new AnnualSummary { Date = new DateOnly(2026, 1, 6), Year = 99999 }, LegalFrames.Default));
        Assert.Null(DeliveryTerms.Due(new AnnualSummary { Date = new DateOnly(2026, 1, 6), Year = 9999 }, LegalFrames.Default));
        Assert.Null(DeliveryTerms.Due(new QuarterlyAnalysis { Date = new DateOnly(2026, 1, 6), Year = 2025, Quarter = 7 }, LegalFrames.Default));
        Assert.Null(DeliveryTerms.Due(new Order { Date = new DateOnly(2026, 1, 6) }, LegalFrames.Default));
    }

    [Theory]
    [InlineData(ActLanguage.Kk, "келесі айдың 7-күніне дейін")]
    [InlineData(ActLanguage.Ru, "до 7-го числа следующего месяца")]
    public void TheTermPrintsAsADayOfTheNextMonth(ActLanguage language, string expected) =>
        Assert.Equal(expected, TermText.Write(7, TermUnit.DayOfNextMonth, language));
}
