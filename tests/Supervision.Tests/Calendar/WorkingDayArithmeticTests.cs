using Supervision.Calendar;
using static Supervision.Tests.Calendar.KazakhstanWorkingDaysTests;

namespace Supervision.Tests.Calendar;

/// <summary>The deadline rule of the validator: an enforcement file is studied within 3 working days of its arrival.</summary>
public sealed class WorkingDayArithmeticTests
{
    private static readonly WorkingCalendar Kz = WorkingCalendar.Kazakhstan;

    [Theory]
    [InlineData("2025-04-11", 3, "2025-04-16", "received on Friday: Monday, Tuesday, Wednesday")]
    [InlineData("2026-02-13", 3, "2026-02-18", "received on Friday in 2026: the next Wednesday")]
    [InlineData("2025-03-20", 3, "2025-03-28", "received before Nauryz 2025: 21-25 March are skipped")]
    [InlineData("2025-03-20", 1, "2025-03-26", "the first working day after Nauryz 2025 is Wednesday 26 March")]
    [InlineData("2025-04-12", 3, "2025-04-16", "received on Saturday: counting starts on Monday")]
    [InlineData("2025-04-13", 3, "2025-04-16", "received on Sunday: counting starts on Monday")]
    [InlineData("2025-12-30", 3, "2026-01-06", "across New Year 2025-2026: 31 December, 5 and 6 January")]
    [InlineData("2025-01-02", 1, "2025-01-05", "3 January 2025 was moved off and Sunday 5 January made working")]
    [InlineData("2026-12-31", 3, "2027-01-08", "across New Year 2026-2027: 1-4 and 7 January are skipped")]
    [InlineData("2026-08-28", 1, "2026-08-31", "31 August 2026 is a working day since 30 August stopped being a holiday")]
    [InlineData("2026-05-26", 3, "2026-06-01", "Kurban Ait 27 May 2026 is skipped")]
    [InlineData("2025-05-06", 3, "2025-05-13", "7 and 9 May 2025 are skipped, 8 May counts")]
    public void A_file_is_due_on_the_expected_day(string received, int days, string due, string why) =>
        Assert.True(Day(due) == Kz.AddWorkingDays(Day(received), days), why);

    [Fact]
    public void Adding_zero_working_days_gives_the_start_day_even_when_it_is_a_holiday() =>
        Assert.Equal(Day("2025-03-22"), Kz.AddWorkingDays(Day("2025-03-22"), 0));

    [Fact]
    public void Adding_a_negative_number_of_working_days_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Kz.AddWorkingDays(Day("2025-03-20"), -1));

    [Theory]
    [InlineData("2025-03-20", "2025-03-28", 3)]
    [InlineData("2025-04-11", "2025-04-16", 3)]
    [InlineData("2025-12-30", "2026-01-06", 3)]
    [InlineData("2025-03-21", "2025-03-25", 0)]
    [InlineData("2025-04-16", "2025-04-16", 0)]
    [InlineData("2025-03-28", "2025-03-20", -3)]
    public void Working_days_are_counted_after_the_first_day_up_to_and_including_the_last(string from, string to, int expected) =>
        Assert.Equal(expected, Kz.WorkingDaysBetween(Day(from), Day(to)));

    [Fact]
    public void Counting_working_days_undoes_adding_them_on_every_day_of_2025_and_2026()
    {
        for (var day = new DateOnly(2025, 1, 1); day.Year < 2027; day = day.AddDays(1))
        {
            foreach (var days in new[] { 0, 1, 3, 10 })
            {
                var due = Kz.AddWorkingDays(day, days);
                Assert.Equal(days, Kz.WorkingDaysBetween(day, due));
                Assert.True(days == 0 || Kz.IsWorkingDay(due), $"{due:yyyy-MM-dd} is the last day of a period and must be a working day");
            }
        }
    }
}
