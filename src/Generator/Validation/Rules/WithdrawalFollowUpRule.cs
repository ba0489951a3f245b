using Supervision.Acts;

namespace Supervision.Validation.Rules;

/// <summary>
/// The notice of a withdrawal and the letter handing the document over follow the withdrawal resolution
/// (p. 9): the resolution they name is made after the proceeding was opened and not after them; the
/// hand-over deadline the notice repeats comes after the resolution; the date by which the letter asks for a
/// reply comes after the letter.
/// </summary>
internal sealed class WithdrawalFollowUpRule : IActRule
{
    public void Check(ValidationContext context)
    {
        var act = context.Act;
        var resolution = act switch
        {
            WithdrawalNotice notice => notice.WithdrawalResolution,
            HandoverLetter letter => letter.WithdrawalResolution,
            _ => null,
        };
        if (resolution?.Date is not { } made)
        {
            return;
        }

        const string path = "withdrawalResolution.date";
        if (act.Proceeding?.Date is { } opened && made < opened)
        {
            Report(context, path, "date-order.not-before", made, "proceeding.date", opened);
        }

        if (act.Date is { } date && made > date)
        {
            Report(context, path, "date-order.not-after", made, "date", date);
        }

        if (act is WithdrawalNotice { Deadline: { } due } && due <= made)
        {
            Report(context, "deadline", "date-order.after", due, path, made);
        }

        if (act is HandoverLetter { ReplyBy: { } replyBy } && act.Date is { } sent && replyBy <= sent)
        {
            Report(context, "replyBy", "date-order.after", replyBy, "date", sent);
        }
    }

    private static void Report(ValidationContext context, string path, string messageId, DateOnly day, string otherPath, DateOnly bound) =>
        context.Report(
            path,
            ValidationCodes.DateOrder,
            messageId,
            ("value", day),
            ("other", context.Messages.Label(otherPath)),
            ("otherValue", bound));
}
