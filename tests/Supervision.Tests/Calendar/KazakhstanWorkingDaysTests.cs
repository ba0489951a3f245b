using System.Globalization;
using Supervision.Calendar;

namespace Supervision.Tests.Calendar;

/// <summary>Hand-written tables of the official calendar, checked against the data one day at a time.</summary>
public sealed class KazakhstanWorkingDaysTests
{
    private static readonly WorkingCalendar Kz = WorkingCalendar.Kazakhstan;

    internal static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    // 2025
    [InlineData("2025-01-01", "New Year")]
    [InlineData("2025-01-02", "New Year")]
    [InlineData("2025-01-03", "day off moved from Sunday 5 January by the Ministry of Labour's order")]
    [InlineData("2025-01-07", "Orthodox Christmas")]
    [InlineData("2025-03-08", "International Women's Day (Saturday)")]
    [InlineData("2025-03-10", "8 March fell on Saturday")]
    [InlineData("2025-03-21", "Nauryz")]
    [InlineData("2025-03-22", "Nauryz (Saturday)")]
    [InlineData("2025-03-23", "Nauryz (Sunday)")]
    [InlineData("2025-03-24", "22 March fell on Saturday")]
    [InlineData("2025-03-25", "23 March fell on Sunday")]
    [InlineData("2025-05-01", "Unity Day")]
    [InlineData("2025-05-07", "Defender of the Fatherland Day")]
    [InlineData("2025-05-09", "Victory Day")]
    [InlineData("2025-06-06", "Kurban Ait")]
    [InlineData("2025-07-06", "Capital Day (Sunday)")]
    [InlineData("2025-07-07", "6 July fell on Sunday")]
    [InlineData("2025-08-30", "Constitution Day (Saturday)")]
    [InlineData("2025-09-01", "30 August fell on Saturday")]
    [InlineData("2025-10-25", "Republic Day (Saturday)")]
    [InlineData("2025-10-27", "25 October fell on Saturday")]
    [InlineData("2025-12-16", "Independence Day")]
    // 2026
    [InlineData("2026-01-01", "New Year")]
    [InlineData("2026-01-02", "New Year")]
    [InlineData("2026-01-07", "Orthodox Christmas")]
    [InlineData("2026-03-08", "International Women's Day (Sunday)")]
    [InlineData("2026-03-09", "8 March fell on Sunday")]
    [InlineData("2026-03-21", "Nauryz (Saturday)")]
    [InlineData("2026-03-22", "Nauryz (Sunday)")]
    [InlineData("2026-03-23", "Nauryz")]
    [InlineData("2026-03-24", "21 March fell on Saturday")]
    [InlineData("2026-03-25", "22 March fell on Sunday")]
    [InlineData("2026-05-01", "Unity Day")]
    [InlineData("2026-05-07", "Defender of the Fatherland Day")]
    [InlineData("2026-05-09", "Victory Day (Saturday)")]
    [InlineData("2026-05-11", "9 May fell on Saturday")]
    [InlineData("2026-05-27", "Kurban Ait")]
    [InlineData("2026-07-06", "Capital Day")]
    [InlineData("2026-10-25", "Republic Day (Sunday)")]
    [InlineData("2026-10-26", "25 October fell on Sunday")]
    [InlineData("2026-12-16", "Independence Day")]
    // 2027
    [InlineData("2027-01-01", "New Year")]
    [InlineData("2027-01-02", "New Year (Saturday)")]
    [InlineData("2027-01-04", "2 January fell on Saturday")]
    [InlineData("2027-01-07", "Orthodox Christmas")]
    [InlineData("2027-03-08", "International Women's Day")]
    [InlineData("2027-03-15", "Constitution Day under the Constitution of 15 March 2026")]
    [InlineData("2027-03-21", "Nauryz (Sunday)")]
    [InlineData("2027-03-22", "Nauryz")]
    [InlineData("2027-03-23", "Nauryz")]
    [InlineData("2027-03-24", "21 March fell on Sunday")]
    [InlineData("2027-05-01", "Unity Day (Saturday)")]
    [InlineData("2027-05-03", "1 May fell on Saturday")]
    [InlineData("2027-05-07", "Defender of the Fatherland Day")]
    [InlineData("2027-05-09", "Victory Day (Sunday)")]
    [InlineData("2027-05-10", "9 May fell on Sunday")]
    [InlineData("2027-05-16", "Kurban Ait (provisional, Sunday)")]
    [InlineData("2027-07-06", "Capital Day")]
    [InlineData("2027-10-25", "Republic Day")]
    [InlineData("2027-12-16", "Independence Day")]
    public void A_holiday_or_a_moved_day_off_is_not_a_working_day(string date, string why) =>
        Assert.False(Kz.IsWorkingDay(Day(date)), $"{date} ({why}) must not be a working day");

    [Theory]
    [InlineData("2025-01-05", "Sunday made working by the Ministry of Labour's order")]
    [InlineData("2025-01-06", "Monday between New Year and Christmas")]
    [InlineData("2025-01-08", "the day after Christmas")]
    [InlineData("2025-03-07", "the Friday before 8 March")]
    [InlineData("2025-03-11", "the day after the carried-over 8 March")]
    [InlineData("2025-03-20", "the day before Nauryz")]
    [InlineData("2025-03-26", "the day after the Nauryz days off")]
    [InlineData("2025-05-02", "Friday after 1 May, no bridge day was decreed")]
    [InlineData("2025-05-08", "Thursday between 7 and 9 May, no bridge day was decreed")]
    [InlineData("2025-06-05", "the day before Kurban Ait")]
    [InlineData("2025-07-08", "the day after the carried-over Capital Day")]
    [InlineData("2025-09-02", "the day after the carried-over Constitution Day")]
    [InlineData("2025-10-28", "the day after the carried-over Republic Day")]
    [InlineData("2025-12-17", "the day after Independence Day")]
    [InlineData("2025-12-31", "New Year's Eve")]
    [InlineData("2026-01-05", "first Monday of 2026")]
    [InlineData("2026-01-06", "the day before Christmas")]
    [InlineData("2026-03-10", "the day after the carried-over 8 March")]
    [InlineData("2026-03-26", "the day after the Nauryz days off")]
    [InlineData("2026-05-08", "Friday between 7 May and the weekend, no bridge day was decreed")]
    [InlineData("2026-05-12", "the day after the carried-over Victory Day")]
    [InlineData("2026-05-26", "the day before Kurban Ait")]
    [InlineData("2026-05-28", "the day after Kurban Ait (only its first day is off)")]
    [InlineData("2026-07-07", "the day after Capital Day")]
    [InlineData("2026-08-31", "30 August is no longer Constitution Day, so nothing carries over")]
    [InlineData("2026-10-27", "the day after the carried-over Republic Day")]
    [InlineData("2026-12-17", "the day after Independence Day")]
    [InlineData("2027-01-05", "the day after the carried-over New Year")]
    [InlineData("2027-01-08", "Friday after Christmas, no bridge day known")]
    [InlineData("2027-03-09", "the day after 8 March")]
    [InlineData("2027-03-16", "the day after Constitution Day")]
    [InlineData("2027-03-25", "the day after the carried-over Nauryz")]
    [InlineData("2027-05-04", "the day after the carried-over 1 May")]
    [InlineData("2027-05-06", "the day before Defender of the Fatherland Day")]
    [InlineData("2027-05-11", "the day after the carried-over Victory Day")]
    [InlineData("2027-07-07", "the day after Capital Day")]
    [InlineData("2027-08-30", "30 August is no longer a holiday")]
    [InlineData("2027-10-26", "the day after Republic Day")]
    [InlineData("2027-12-17", "the day after Independence Day")]
    public void An_ordinary_day_near_a_holiday_is_a_working_day(string date, string why) =>
        Assert.True(Kz.IsWorkingDay(Day(date)), $"{date} ({why}) must be a working day");

    [Fact]
    public void Every_Saturday_and_Sunday_is_a_day_off_except_the_working_weekends_the_decrees_name()
    {
        var workingWeekends = new HashSet<DateOnly> { Day("2025-01-05") };
        foreach (var year in Kz.CoveredYears)
        {
            for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
            {
                if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                {
                    Assert.True(Kz.IsWorkingDay(day) == workingWeekends.Contains(day), $"{day:yyyy-MM-dd} ({day.DayOfWeek})");
                }
            }
        }
    }

    [Theory]
    [InlineData(2025, 246, "the egov.kz calendar for 2025: 365 days, 246 working days")]
    [InlineData(2026, 247, "the egov.kz calendar for 2026 counted 246 with 31 August off; 30 August stopped being a holiday")]
    public void The_number_of_working_days_in_a_year_matches_the_published_calendar(int year, int expected, string source)
    {
        var count = 0;
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
        {
            count += Kz.IsWorkingDay(day) ? 1 : 0;
        }

        Assert.True(expected == count, $"{year}: expected {expected} ({source}), counted {count}");
    }
}
