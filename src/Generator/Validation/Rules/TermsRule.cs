using Supervision.Acts;
using Supervision.Law;

namespace Supervision.Validation.Rules;

/// <summary>
/// The terms the law sets, as the act's legal frame gives them: an instruction's, order's or withdrawal's
/// deadline after the act date; a submission considered within at most its frame's term (30 calendar days in
/// the seed's frame); a protest within no less than its frame's term (10).
/// </summary>
internal sealed class TermsRule(LegalFrames frames) : IActRule
{
    /// <summary>No term of these acts runs longer than a year; a longer one is a typing mistake.</summary>
    public const int MaxTermDays = 365;

    public void Check(ValidationContext context)
    {
        var frame = frames.For(context.Act);
        switch (context.Act)
        {
            case Instruction instruction:
                CheckDeadline(context, instruction.Date, instruction.Deadline);
                break;
            case Order order:
                CheckDeadline(context, order.Date, order.Deadline);
                break;
            case WithdrawalResolution withdrawal:
                CheckDeadline(context, withdrawal.Date, withdrawal.Deadline);
                break;
            case Submission { ConsiderationDays: { } days }:
                if (days < 1)
                {
                    context.Report("considerationDays", ValidationCodes.TermTooShort, "term-too-short.days", ("days", days));
                }
                else if (frame?.Term(LegalFrames.ConsiderationTerm).Days is { } most && days > most)
                {
                    context.Report("considerationDays", ValidationCodes.TermTooLong, "term-too-long.submission", ("days", days), ("max", most));
                }

                break;
            case Protest { ConsiderationDays: { } days }:
                if (frame?.Term(LegalFrames.ConsiderationTerm).Days is { } least && days < least)
                {
                    context.Report("considerationDays", ValidationCodes.TermTooShort, "term-too-short.protest", ("days", days), ("min", least));
                }
                else if (days > MaxTermDays)
                {
                    context.Report("considerationDays", ValidationCodes.TermTooLong, "term-too-long.days", ("days", days), ("max", MaxTermDays));
                }

                break;
        }
    }

    private static void CheckDeadline(ValidationContext context, DateOnly? date, DateOnly? deadline)
    {
        if (date is not { } issued || deadline is not { } due)
        {
            return;
        }

        if (due <= issued)
        {
            context.Report("deadline", ValidationCodes.TermTooShort, "term-too-short.deadline", ("deadline", due), ("date", issued));
        }
        else if (due.DayNumber - issued.DayNumber > MaxTermDays)
        {
            context.Report(
                "deadline",
                ValidationCodes.TermTooLong,
                "term-too-long.days",
                ("days", due.DayNumber - issued.DayNumber),
                ("max", MaxTermDays));
        }
    }
}
