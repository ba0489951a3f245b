using System.Text.Json.Serialization;

namespace Supervision.Law;

/// <summary>A term the law sets, in days of a unit: a protest considered in no less than 10 calendar days.</summary>
/// <param name="Days">How many days (how many months, where the unit is months).</param>
/// <param name="Unit">Calendar days, working days or months.</param>
/// <param name="Source">The article or seed paragraph that sets it.</param>
public sealed record LegalTerm(int Days, TermUnit Unit, string Source);

/// <summary>How a term's days are counted.</summary>
public enum TermUnit
{
    /// <summary>Every day counts.</summary>
    [JsonStringEnumMemberName("calendar-days")] CalendarDays,

    /// <summary>Only working days of the Kazakhstan calendar count.</summary>
    [JsonStringEnumMemberName("working-days")] WorkingDays,

    /// <summary>Calendar months: the term ends on the same day of the month so many months later (the appeal term).</summary>
    [JsonStringEnumMemberName("months")] Months,

    /// <summary>Not a count: the day of the month after a period ends by which something is delivered
    /// ("кейінгі айдың 7 күніне дейін", p. 11); the days are that day of the month, at most 28.</summary>
    [JsonStringEnumMemberName("day-of-next-month")] DayOfNextMonth,
}
