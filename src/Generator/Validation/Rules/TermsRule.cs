using Supervision.Acts;

namespace Supervision.Validation.Rules;

/// <summary>
/// The terms the law sets: an instruction's, order's or withdrawal's deadline after the act date; a submission
/// considered within at most 30 calendar days; a protest within no less than 10.
/// </summary>
internal sealed class TermsRule : IActRule
{
    /// <summary>No term of these acts runs longer than a year; a longer one is a typing mistake.</summary>
    public const int MaxTermDays = 365;

    private const int SubmissionMaxDays = 30;
    private const int ProtestMinDays = 10;

    public void Check(ValidationContext context)
    {
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
                else if (days > SubmissionMaxDays)
                {
                    context.Report("considerationDays", ValidationCodes.TermTooLong, "term-too-long.submission", ("days", days));
                }

                break;
            case Protest { ConsiderationDays: { } days }:
                if (days < ProtestMinDays)
                {
                    context.Report("considerationDays", ValidationCodes.TermTooShort, "term-too-short.protest", ("days", days));
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
