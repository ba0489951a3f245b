using Supervision.Acts;
using Supervision.Calendar;
using Supervision.Law;

namespace Supervision.Validation.Rules;

/// <summary>
/// An enforcement file is studied within the working days its legal frame sets from its arrival (three in
/// the seed's frame: seed p. 8, art. 25 p. 2 of the Enforcement Law), counted on the Kazakhstan working-day
/// calendar: the term starts the day after arrival.
/// </summary>
internal sealed class StudyTermRule(WorkingCalendar calendar, LegalFrames frames) : IActRule
{
    public void Check(ValidationContext context)
    {
        if (context.Act is not ReviewConclusion { ReceivedOn: { } received, StudiedOn: { } studied }
            || frames.For(context.Act) is not { } frame)
        {
            return;
        }

        var studyDays = frame.Term(LegalFrames.StudyTerm).Days;

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
        var due = TryAddWorkingDays(received, studyDays);
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
                values: [("received", received), ("due", due), ("studied", studied), ("days", studyDays)]);
        }
    }

    private DateOnly? TryAddWorkingDays(DateOnly received, int days)
    {
        try
        {
            return calendar.AddWorkingDays(received, days);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
