using System.Globalization;

namespace Supervision.Calendar;

/// <summary>
/// Working days of a country for the years its data covers: weekends, public holidays, holidays carried
/// over from a weekend and days moved by decree. The data lives in a JSON file
/// (<c>Calendar/kz-working-days.json</c>, embedded); adding a year means editing that file only.
/// A date outside the covered years is refused rather than treated as holiday-free.
/// </summary>
public sealed class WorkingCalendar
{
    private const string ResourceName = "Supervision.Calendar.kz-working-days.json";

    private static readonly Lazy<WorkingCalendar> LazyKazakhstan = new(LoadKazakhstan);

    private readonly HashSet<DayOfWeek> _weekend;
    private readonly HashSet<DateOnly> _nonWorkingWeekdays = [];
    private readonly HashSet<DateOnly> _workingWeekends = [];
    private readonly SortedSet<int> _years;
    private readonly string _name;

    private WorkingCalendar(string name, CalendarData data)
    {
        Validate(data);
        _name = name;
        Data = data;
        _weekend = [.. data.Weekend];
        _years = [.. data.Years.Keys];
        foreach (var year in data.Years.Values)
        {
            foreach (var holiday in year.Holidays.Where(h => !_weekend.Contains(h.Date.DayOfWeek)))
            {
                _nonWorkingWeekdays.Add(holiday.Date);
            }

            foreach (var dayOff in year.DaysOff)
            {
                _nonWorkingWeekdays.Add(dayOff.Date);
            }

            foreach (var workingWeekend in year.WorkingWeekends)
            {
                _workingWeekends.Add(workingWeekend.Date);
            }
        }

        CoveredYears = [.. _years];
    }

    /// <summary>The working-day calendar of the Republic of Kazakhstan (five-day week), read once from the embedded data.</summary>
    /// <exception cref="InvalidDataException">The embedded data is broken (a build that ships it is a bug).</exception>
    public static WorkingCalendar Kazakhstan => LazyKazakhstan.Value;

    /// <summary>The years the data covers, in ascending order.</summary>
    public IReadOnlyList<int> CoveredYears { get; }

    /// <summary>The data as read from JSON.</summary>
    internal CalendarData Data { get; }

    /// <summary>Whether the data covers the year of <paramref name="date"/>.</summary>
    /// <param name="date">Any date.</param>
    /// <returns>True when the other methods can answer for this date.</returns>
    public bool Covers(DateOnly date) => _years.Contains(date.Year);

    /// <summary>Whether <paramref name="date"/> is a working day: not a weekend day (unless made working by decree),
    /// not a holiday, not a day off carried over or moved.</summary>
    /// <param name="date">A date in a covered year.</param>
    /// <returns>True for a working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year of <paramref name="date"/> is not covered.</exception>
    public bool IsWorkingDay(DateOnly date)
    {
        EnsureCovered(date, nameof(date), null);
        return IsWorkingDayCore(date);
    }

    /// <summary>The <paramref name="days"/>-th working day strictly after <paramref name="start"/>: a file received on
    /// Friday 11 April 2025 must be studied within 3 working days, that is by Wednesday 16 April 2025.
    /// Zero days gives <paramref name="start"/> itself.</summary>
    /// <param name="start">The day counting starts from (not counted itself); may be a non-working day.</param>
    /// <param name="days">How many working days to count; not negative.</param>
    /// <returns>The last day of the period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative, or the count starts or
    /// runs outside the covered years.</exception>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        EnsureCovered(start, nameof(start), null);
        var day = start;
        var counted = 0;
        while (counted < days)
        {
            day = day.AddDays(1);
            EnsureCovered(day, nameof(days), $"counting {days} working days after {Format(start)}");
            if (IsWorkingDayCore(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>The number of working days in the period (<paramref name="from"/>, <paramref name="to"/>]: after
    /// <paramref name="from"/>, up to and including <paramref name="to"/>. A file received on 20 March 2025 and studied
    /// on 28 March 2025 took 3 working days. When <paramref name="to"/> precedes <paramref name="from"/> the count is
    /// negative (minus the working days in (<paramref name="to"/>, <paramref name="from"/>]).</summary>
    /// <param name="from">The start, not counted.</param>
    /// <param name="to">The end, counted when it is a working day.</param>
    /// <returns>The signed number of working days.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the covered years.</exception>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        EnsureCovered(from, nameof(from), null);
        EnsureCovered(to, nameof(to), null);
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDayCore(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Reads a calendar from JSON text and checks it.</summary>
    /// <param name="name">The country, for messages ("Kazakhstan").</param>
    /// <param name="json">Text of the shape of <c>kz-working-days.json</c>.</param>
    /// <exception cref="InvalidDataException">The text is not a valid calendar; the message says what is wrong.</exception>
    internal static WorkingCalendar FromJson(string name, string json) => new(name, CalendarData.Parse(json));

    /// <summary>The text of the embedded <c>kz-working-days.json</c>.</summary>
    internal static string ReadEmbeddedJson()
    {
        return EmbeddedResources.ReadText(typeof(WorkingCalendar).Assembly, ResourceName);
    }

    private static WorkingCalendar LoadKazakhstan() => FromJson("Kazakhstan", ReadEmbeddedJson());

    private bool IsWorkingDayCore(DateOnly date) =>
        _workingWeekends.Contains(date) || (!_weekend.Contains(date.DayOfWeek) && !_nonWorkingWeekdays.Contains(date));

    private void EnsureCovered(DateOnly date, string paramName, string? context)
    {
        if (Covers(date))
        {
            return;
        }

        var years = string.Join(", ", _years.Select(y => y.ToString(CultureInfo.InvariantCulture)));
        var what = context is null ? "" : $" ({context})";
        throw new ArgumentOutOfRangeException(
            paramName,
            date,
            $"The working-day calendar of {_name} covers only the years {years}; {Format(date)}{what} is outside it. "
            + $"Add the year {date.Year.ToString(CultureInfo.InvariantCulture)} to Calendar/kz-working-days.json "
            + "after the official holiday calendar for it is published.");
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Validate(CalendarData data)
    {
        var errors = new List<string>();
        if (data.Weekend.Count == 0 || data.Weekend.Distinct().Count() != data.Weekend.Count)
        {
            errors.Add("\"weekend\" must list each weekly day off once.");
        }

        if (data.Years.Count == 0)
        {
            errors.Add("\"years\" is empty.");
        }

        var weekend = data.Weekend.ToHashSet();
        foreach (var (key, year) in data.Years.OrderBy(p => p.Key))
        {
            var seen = new HashSet<DateOnly>();
            var entries = year.Holidays.Select(h => (h.Date, List: "holidays", Text: h.Name, Act: (string?)null))
                .Concat(year.DaysOff.Select(d => (d.Date, List: "daysOff", Text: d.Reason, Act: d.MovedBy)))
                .Concat(year.WorkingWeekends.Select(w => (w.Date, List: "workingWeekends", Text: w.Reason, Act: w.MovedBy)));
            foreach (var (date, list, text, act) in entries)
            {
                var at = $"year {key.ToString(CultureInfo.InvariantCulture)}, {list}, {Format(date)}";
                if (date.Year != key)
                {
                    errors.Add($"{at}: the date is not in the year it is listed under.");
                }

                if (!seen.Add(date))
                {
                    errors.Add($"{at}: the date is listed more than once in the year.");
                }

                if (string.IsNullOrWhiteSpace(text))
                {
                    errors.Add($"{at}: the name or reason is empty.");
                }

                if (list == "daysOff" && weekend.Contains(date.DayOfWeek))
                {
                    errors.Add($"{at}: a day off must be a weekday ({date.DayOfWeek} is a weekend day already).");
                }

                if (list == "workingWeekends" && !weekend.Contains(date.DayOfWeek))
                {
                    errors.Add($"{at}: a working weekend must be a weekend day, not {date.DayOfWeek}.");
                }

                if (list == "workingWeekends" && string.IsNullOrWhiteSpace(act))
                {
                    errors.Add($"{at}: a working weekend must name the order or decree in \"movedBy\".");
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new InvalidDataException("The working-day calendar is not valid:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
        }
    }
}
