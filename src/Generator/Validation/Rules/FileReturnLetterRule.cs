using Supervision.Acts;
using Supervision.Calendar;
using Supervision.Law;

namespace Supervision.Validation.Rules;

/// <summary>
/// The letter returning a studied file (p. 8) goes back with a court case only to a court; the file came after
/// the proceeding was opened and before the letter; it has at least one volume and one sheet; the acts of
/// supervision it names were brought before it.
/// A file kept longer than the study term of the act's frame (three working days from arrival in the seed's) is
/// warned of, not refused: the file must go back however late, and the letter says when it came.
/// </summary>
internal sealed class FileReturnLetterRule(WorkingCalendar calendar, LegalFrames frames) : IActRule
{
    public void Check(ValidationContext context)
    {
        if (context.Act is not FileReturnLetter letter)
        {
            return;
        }

        CourtCaseFile.Check(context, letter.CourtCase);
        Positive(context, "volumes", letter.Volumes);
        Positive(context, "sheets", letter.Sheets);
        if (letter.Date is not { } returned)
        {
            return;
        }

        for (var index = 0; index < (letter.Measures?.Count ?? 0); index++)
        {
            ApplicantReplyRule.NotAfter(context, $"measures[{index}].date", letter.Measures![index]?.Date, returned);
        }

        if (letter.ReceivedOn is not { } received)
        {
            return;
        }

        if (letter.Proceeding?.Date is { } opened && received < opened)
        {
            context.Report("receivedOn", ValidationCodes.DateOrder, "date-order.not-before",
                ("value", received), ("other", context.Messages.Label("proceeding.date")), ("otherValue", opened));
        }

        if (received > returned)
        {
            context.Report("receivedOn", ValidationCodes.DateOrder, "date-order.not-after",
                ("value", received), ("other", context.Messages.Label("date")), ("otherValue", returned));
            return;
        }

        CheckStudyTerm(context, received, returned);
    }

    private void CheckStudyTerm(ValidationContext context, DateOnly received, DateOnly returned)
    {
        if (frames.For(context.Act) is not { } frame || !calendar.Covers(received) || !calendar.Covers(returned))
        {
            // An uncovered year cannot be counted; the letter is not held up for it.
            return;
        }

        var days = frame.Term(LegalFrames.StudyTerm).Days;
        DateOnly due;
        try
        {
            due = calendar.AddWorkingDays(received, days);
        }
        catch (ArgumentOutOfRangeException)
        {
            return;
        }

        if (returned > due)
        {
            context.Warn("date", ValidationCodes.StudyOverdue, "study-overdue.return",
                ("received", received), ("due", due), ("returned", returned), ("days", days));
        }
    }

    private static void Positive(ValidationContext context, string path, int? value)
    {
        if (value is <= 0)
        {
            context.Report(path, ValidationCodes.NotPositive);
        }
    }
}
