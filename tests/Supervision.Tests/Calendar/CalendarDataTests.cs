using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Supervision.Calendar;
using static Supervision.Tests.Calendar.KazakhstanWorkingDaysTests;

namespace Supervision.Tests.Calendar;

/// <summary>The data file itself: it loads, it is consistent, and each holiday sits on its own date.</summary>
public sealed class CalendarDataTests
{
    private static readonly string Json = WorkingCalendar.ReadEmbeddedJson();

    /// <summary>Every date of every list, read from the raw JSON without the loader.</summary>
    private static List<(string YearKey, string List, DateOnly Date)> RawDates()
    {
        using var document = JsonDocument.Parse(Json);
        var result = new List<(string YearKey, string List, DateOnly Date)>();
        foreach (var year in document.RootElement.GetProperty("years").EnumerateObject())
        {
            foreach (var list in new[] { "holidays", "daysOff", "workingWeekends" })
            {
                foreach (var entry in year.Value.GetProperty(list).EnumerateArray())
                {
                    result.Add((year.Name, list, Day(entry.GetProperty("date").GetString()!)));
                }
            }
        }

        return result;
    }

    [Fact]
    public void The_embedded_calendar_loads_with_its_three_years_and_its_sources()
    {
        var data = WorkingCalendar.Kazakhstan.Data;
        Assert.Equal("KZ", data.Country);
        Assert.Equal([DayOfWeek.Saturday, DayOfWeek.Sunday], data.Weekend);
        Assert.Equal([2025, 2026, 2027], data.Years.Keys.Order());
        Assert.NotEmpty(data.Sources);
        Assert.All(data.Years.Values, year => Assert.NotEmpty(year.Sources ?? []));
    }

    [Fact]
    public void Every_date_lies_in_the_year_it_is_listed_under() =>
        Assert.All(RawDates(), d => Assert.Equal(d.YearKey, d.Date.Year.ToString(CultureInfo.InvariantCulture)));

    [Fact]
    public void No_date_is_listed_twice()
    {
        var repeated = RawDates().GroupBy(d => d.Date).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(repeated);
    }

    [Fact]
    public void Days_off_fall_on_weekdays_and_working_weekends_on_weekends()
    {
        foreach (var (_, list, date) in RawDates())
        {
            var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            if (list == "daysOff")
            {
                Assert.False(weekend, $"day off {date:yyyy-MM-dd} is a {date.DayOfWeek}");
            }
            else if (list == "workingWeekends")
            {
                Assert.True(weekend, $"working weekend {date:yyyy-MM-dd} is a {date.DayOfWeek}");
            }
        }
    }

    public static TheoryData<int, string[]> ExpectedHolidays => new()
    {
        {
            2025,
            [
                "2025-01-01 Новый год", "2025-01-02 Новый год", "2025-01-07 Рождество", "2025-03-08 Международный женский день",
                "2025-03-21 Наурыз", "2025-03-22 Наурыз", "2025-03-23 Наурыз", "2025-05-01 единства народа Казахстана",
                "2025-05-07 защитника Отечества", "2025-05-09 День Победы", "2025-06-06 Курбан айт", "2025-07-06 День столицы",
                "2025-08-30 День Конституции", "2025-10-25 День Республики", "2025-12-16 День Независимости",
            ]
        },
        {
            2026,
            [
                "2026-01-01 Новый год", "2026-01-02 Новый год", "2026-01-07 Рождество", "2026-03-08 Международный женский день",
                "2026-03-21 Наурыз", "2026-03-22 Наурыз", "2026-03-23 Наурыз", "2026-05-01 единства народа Казахстана",
                "2026-05-07 защитника Отечества", "2026-05-09 День Победы", "2026-05-27 Курбан айт", "2026-07-06 День столицы",
                "2026-10-25 День Республики", "2026-12-16 День Независимости",
            ]
        },
        {
            2027,
            [
                "2027-01-01 Новый год", "2027-01-02 Новый год", "2027-01-07 Рождество", "2027-03-08 Международный женский день",
                "2027-03-15 День Конституции", "2027-03-21 Наурыз", "2027-03-22 Наурыз", "2027-03-23 Наурыз",
                "2027-05-01 единства народа Казахстана", "2027-05-07 защитника Отечества", "2027-05-09 День Победы",
                "2027-05-16 Курбан айт", "2027-07-06 День столицы", "2027-10-25 День Республики", "2027-12-16 День Независимости",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(ExpectedHolidays))]
    public void Each_year_lists_exactly_the_public_holidays_each_on_its_own_date(int year, string[] expected)
    {
        var listed = WorkingCalendar.Kazakhstan.Data.Years[year].Holidays;
        Assert.Equal(expected.Select(e => Day(e[..10])), listed.Select(h => h.Date));
        foreach (var (holiday, line) in listed.Zip(expected))
        {
            Assert.Contains(line[11..], holiday.Name, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Only_Christmas_and_Kurban_Ait_are_religious_and_Republic_Day_is_the_national_holiday()
    {
        foreach (var holiday in WorkingCalendar.Kazakhstan.Data.Years.Values.SelectMany(y => y.Holidays))
        {
            var expected = holiday.Name.Contains("Рождество", StringComparison.Ordinal) || holiday.Name.Contains("Курбан", StringComparison.Ordinal)
                ? HolidayKind.Religious
                : holiday.Name.Contains("День Республики", StringComparison.Ordinal) ? HolidayKind.National : HolidayKind.State;
            Assert.True(expected == holiday.Kind, $"{holiday.Date:yyyy-MM-dd} {holiday.Name}: {holiday.Kind}");
        }
    }

    [Fact]
    public void Only_the_2027_Kurban_Ait_is_marked_provisional()
    {
        var provisional = WorkingCalendar.Kazakhstan.Data.Years.Values.SelectMany(y => y.Holidays).Where(h => h.Provisional);
        Assert.Equal([Day("2027-05-16")], provisional.Select(h => h.Date));
    }

    [Fact]
    public void The_days_off_without_a_decree_are_exactly_the_weekend_holidays_carried_over_by_the_Labour_Code()
    {
        foreach (var (key, year) in WorkingCalendar.Kazakhstan.Data.Years)
        {
            var holidays = year.Holidays.Select(h => h.Date).ToHashSet();
            var carriedOver = new List<DateOnly>();
            foreach (var holiday in year.Holidays.Where(h => h.Kind != HolidayKind.Religious && IsWeekend(h.Date)).OrderBy(h => h.Date))
            {
                var day = holiday.Date.AddDays(1);
                while (IsWeekend(day) || holidays.Contains(day) || carriedOver.Contains(day))
                {
                    day = day.AddDays(1);
                }

                carriedOver.Add(day);
            }

            var listed = year.DaysOff.Where(d => d.MovedBy is null).Select(d => d.Date);
            Assert.True(carriedOver.SequenceEqual(listed), $"{key}: expected {string.Join(", ", carriedOver)}; listed {string.Join(", ", listed)}");
        }

        static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
    }

    [Fact]
    public void Every_day_moved_by_decree_names_the_act_and_each_working_weekend_pays_for_a_day_off()
    {
        foreach (var (key, year) in WorkingCalendar.Kazakhstan.Data.Years)
        {
            Assert.All(year.WorkingWeekends, w => Assert.False(string.IsNullOrWhiteSpace(w.MovedBy)));
            Assert.True(
                year.WorkingWeekends.Count == year.DaysOff.Count(d => d.MovedBy is not null),
                $"{key}: every Saturday or Sunday made working should move one day off");
        }
    }

    private static string Edited(Action<JsonNode> change)
    {
        var node = JsonNode.Parse(Json)!;
        change(node);
        return node.ToJsonString();
    }

    private static readonly Dictionary<string, Action<JsonNode>> Mistakes = new()
    {
        ["a date under the wrong year"] = n => n["years"]!["2025"]!["daysOff"]![1]!["date"] = "2026-03-10",
        ["the same date twice"] = n => n["years"]!["2026"]!["daysOff"]![0]!["date"] = "2026-03-24",
        ["a day off on a Saturday"] = n => n["years"]!["2025"]!["daysOff"]![1]!["date"] = "2025-03-15",
        ["a working weekend on a Monday"] = n => n["years"]!["2025"]!["workingWeekends"]![0]!["date"] = "2025-01-06",
        ["a working weekend without its decree"] = n => n["years"]!["2025"]!["workingWeekends"]![0]!.AsObject().Remove("movedBy"),
        ["a holiday without a name"] = n => n["years"]!["2025"]!["holidays"]![0]!.AsObject().Remove("name"),
        ["a holiday with an empty name"] = n => n["years"]!["2025"]!["holidays"]![0]!["name"] = " ",
        ["a misspelt field"] = n => n["years"]!["2025"]!["holidays"]![0]!["nmae"] = "x",
        ["an unknown holiday kind"] = n => n["years"]!["2025"]!["holidays"]![0]!["kind"] = "public",
        ["a date that does not exist"] = n => n["years"]!["2025"]!["holidays"]![0]!["date"] = "2025-02-30",
        ["a year that is not a number"] = n => n["years"]!["2O27"] = n["years"]!["2027"]!.DeepClone(),
    };

    public static TheoryData<string> MistakeNames => [.. Mistakes.Keys];

    [Theory]
    [MemberData(nameof(MistakeNames))]
    public void A_calendar_with_a_mistake_in_it_is_refused_when_loaded(string mistake)
    {
        var json = Edited(Mistakes[mistake]);
        var e = Assert.Throws<InvalidDataException>(() => WorkingCalendar.FromJson("Kazakhstan", json));
        Assert.False(string.IsNullOrWhiteSpace(e.Message), mistake);
    }

    [Fact]
    public void A_year_added_to_the_data_is_covered_without_any_change_to_the_code()
    {
        var json = Edited(n => n["years"]!["2028"] = JsonNode.Parse("""
            { "holidays": [ { "date": "2028-01-03", "name": "Test holiday", "kind": "state" } ], "daysOff": [], "workingWeekends": [] }
            """));
        var calendar = WorkingCalendar.FromJson("Kazakhstan", json);
        Assert.True(calendar.Covers(Day("2028-06-01")));
        Assert.False(calendar.IsWorkingDay(Day("2028-01-03")));
        Assert.Equal(Day("2028-01-05"), calendar.AddWorkingDays(Day("2027-12-31"), 2));
    }
}
