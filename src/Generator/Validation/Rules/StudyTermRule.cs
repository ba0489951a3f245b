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

        if (!calendar.Covers(received) || !calendar.Covers(studied))
        {
            var year = calendar.Covers(received) ? studied.Year : received.Year;
            context.Report(
                calendar.Covers(received) ? "studiedOn" : "receivedOn",
                ValidationCodes.CalendarNotCovered,
                values: [("year", year), ("years", string.Join(", ", calendar.Years))]);
            return;
        }

        var due = calendar.AddWorkingDays(received, StudyWorkingDays);
        if (studied > due)
        {
            context.Report(
                "studiedOn",
                ValidationCodes.StudyOverdue,
                values: [("received", received), ("due", due), ("studied", studied)]);
        }
    }
}
