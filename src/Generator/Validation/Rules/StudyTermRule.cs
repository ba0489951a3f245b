using Supervision.Acts;
using Supervision.Calendar;

namespace Supervision.Validation.Rules;

/// <summary>
/// An enforcement file is studied within three working days of its arrival (seed p. 8), counted on
/// the Kazakhstan working-day calendar: the term starts the day after arrival.
/// </summary>
internal sealed class StudyTermRule(WorkingCalendar calendar) : IActRule
{
    private const int StudyWorkingDays = 3;

    public void Check(ValidationContext context)
    {
        if (context.Act is not ReviewConclusion { ReceivedOn: { } received, StudiedOn: { } studied })
        {
            return;
        }

        if (studied < received)
        {
            context.Report(
                "studiedOn",
                ValidationCodes.DateOrder,
                "date-order.not-before",
                ("value", studied),
                ("other", context.Messages.Label("receivedOn")),
                ("otherValue", received));
            return;
        }

        // The term may run into the next year, so the calendar must cover every day up to the due date
        // (AddWorkingDays refuses an uncovered arrival day as well as an uncovered day of the count).
        var due = TryAddWorkingDays(received);
        if (due is null)
        {
            var year = calendar.Covers(received) ? received.Year + 1 : received.Year;
            context.Report(
                "receivedOn",
                ValidationCodes.CalendarNotCovered,
                values: [("year", year), ("years", string.Join(", ", calendar.CoveredYears))]);
            return;
        }

        if (studied > due)
        {
            context.Report(
                "studiedOn",
                ValidationCodes.StudyOverdue,
                values: [("received", received), ("due", due), ("studied", studied)]);
        }
    }

    private DateOnly? TryAddWorkingDays(DateOnly received)
    {
        try
        {
            return calendar.AddWorkingDays(received, StudyWorkingDays);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
