using Supervision.Acts;

namespace Supervision.Validation.Rules;

/// <summary>
/// A request for a file (p. 8, art. 25 p. 2 of the Enforcement Law) asks a court for a case and a bailiff for the
/// enforcement file; the day by which the file is to come, where the request sets one, is after the request and
/// within a year of it, as other deadlines of acts.
/// </summary>
internal sealed class FileRequestRule : IActRule
{
    public void Check(ValidationContext context)
    {
        if (context.Act is not FileRequest request)
        {
            return;
        }

        CourtCaseFile.Check(context, request.CourtCase);

        if (request.Date is not { } date || request.SubmitBy is not { } due)
        {
            return;
        }

        if (due <= date)
        {
            context.Report("submitBy", ValidationCodes.TermTooShort, "term-too-short.deadline", ("deadline", due), ("date", date));
        }
        else if (due.DayNumber - date.DayNumber > TermsRule.MaxTermDays)
        {
            context.Report("submitBy", ValidationCodes.TermTooLong, "term-too-long.days", ("days", due.DayNumber - date.DayNumber), ("max", TermsRule.MaxTermDays));
        }
    }
}
