using Supervision.Calendar;
using static Supervision.Tests.Calendar.KazakhstanWorkingDaysTests;

namespace Supervision.Tests.Calendar;

/// <summary>A year missing from the data is refused, never treated as a year without holidays.</summary>
public sealed class CalendarCoverageTests
{
    private static readonly WorkingCalendar Kz = WorkingCalendar.Kazakhstan;

    [Fact]
    public void The_calendar_covers_2025_2026_and_2027() => Assert.Equal([2025, 2026, 2027], Kz.CoveredYears);

    [Theory]
    [InlineData("2025-01-01", true)]
    [InlineData("2027-12-31", true)]
    [InlineData("2024-12-31", false)]
    [InlineData("2028-01-01", false)]
    public void Covers_tells_whether_the_year_of_a_date_is_in_the_data(string date, bool expected) =>
        Assert.Equal(expected, Kz.Covers(Day(date)));

    [Theory]
    [InlineData("2028-01-03")]
    [InlineData("2024-12-31")]
    public void Asking_about_a_day_outside_the_covered_years_names_the_covered_years(string date)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Kz.IsWorkingDay(Day(date)));
        Assert.Contains("2025, 2026, 2027", e.Message, StringComparison.Ordinal);
        Assert.Contains(date, e.Message, StringComparison.Ordinal);
        Assert.Contains("kz-working-days.json", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_that_runs_past_the_last_covered_year_is_refused_not_counted_as_holiday_free()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Kz.AddWorkingDays(Day("2027-12-29"), 3));
        Assert.Contains("2028-01-01", e.Message, StringComparison.Ordinal);
        Assert.Contains("2025, 2026, 2027", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_that_ends_on_the_last_covered_working_day_is_answered() =>
        Assert.Equal(Day("2027-12-31"), Kz.AddWorkingDays(Day("2027-12-28"), 3));

    [Fact]
    public void A_period_that_starts_before_the_first_covered_year_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Kz.AddWorkingDays(Day("2024-12-30"), 3));

    [Fact]
    public void Counting_working_days_between_a_covered_and_an_uncovered_date_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Kz.WorkingDaysBetween(Day("2027-12-20"), Day("2028-01-10")));
}
