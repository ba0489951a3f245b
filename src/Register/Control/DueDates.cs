using Supervision.Acts;
using Supervision.Calendar;
using Supervision.Law;

namespace Supervision.Register;

/// <summary>
/// When an act must be executed or answered, from its kind and terms:
/// instruction and order — their deadline; submission — its date plus its consideration days
/// (calendar days, at most 30 by law); protest — its date plus its consideration days, or where it sets none
/// the legal term of its legal frame (10 calendar days in the seed's: art. 19, p. 9). A term counted in days whose last day is not a working day
/// ends on the next working day, as terms do in Kazakhstan's law (the Civil Code's rule on computing
/// terms); a deadline the act names as a date is kept as named; a hand-over letter — the date by which it asks
/// the addressee to report the document taken into execution, where it names one; a request for a file — the
/// day it names for the file to come, where it names one. Conclusions, review conclusions, withdrawal
/// resolutions, proposals to protest to a higher court, notices of a withdrawal, replies to an applicant and
/// letters returning a file set no term on an addressee: no due date, so they never appear in the due-soon and
/// overdue lists.
/// </summary>
public static class DueDates
{
    /// <summary>The due date of an act, or null where its kind sets no term (or the act lacks its date).</summary>
    public static DateOnly? For(Act act)
    {
        ArgumentNullException.ThrowIfNull(act);
        return act switch
        {
            Instruction instruction => instruction.Deadline,
            Order order => order.Deadline,
            FileRequest request => request.SubmitBy,
            HandoverLetter letter => letter.ReplyBy,
            Submission { Date: { } date, ConsiderationDays: { } days } => EndOfTerm(LastDay(date, days)),
            Protest { Date: { } date } protest when (protest.ConsiderationDays ?? LegalTerm(protest)) is { } days => EndOfTerm(LastDay(date, days)),
            _ => null,
        };
    }

    /// <summary>The day <paramref name="days"/> after <paramref name="date"/>.</summary>
    /// <exception cref="RegisterException">(Refused) The term ends beyond the last day a date can hold (an act
    /// dated 9999-12-31): the register refuses the act's date rather than fail on it.</exception>
    private static DateOnly LastDay(DateOnly date, int days)
    {
        var last = (long)date.DayNumber + days;
        return last >= DateOnly.MinValue.DayNumber && last <= DateOnly.MaxValue.DayNumber
            ? DateOnly.FromDayNumber((int)last)
            : throw RegisterException.Refused(
                $"the act's term of {days} days from {Canonical.Date(date)} would end after {Canonical.Date(DateOnly.MaxValue)}, the last day a due date can be; correct the act's date",
                "date");
    }

    /// <summary>The consideration term of the act's legal frame; null where its date falls in none.</summary>
    private static int? LegalTerm(Act act) => LegalFrames.Default.For(act)?.Term(LegalFrames.ConsiderationTerm).Days;

    /// <summary>The last day of a term counted in days: the day itself, or the next working day when it is
    /// a weekend, a holiday or a day off moved by decree. Beyond the years the calendar covers the day is kept.</summary>
    public static DateOnly EndOfTerm(DateOnly lastDay)
    {
        var calendar = WorkingCalendar.Kazakhstan;
        var day = lastDay;
        while (day < DateOnly.MaxValue && calendar.Covers(day) && !calendar.IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
