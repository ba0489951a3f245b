using Supervision.Acts;

namespace Supervision.Validation.Rules;

/// <summary>
/// The reply to an applicant (p. 8) answers an application received before it, and names only acts of
/// supervision already brought: none dated after the reply.
/// </summary>
internal sealed class ApplicantReplyRule : IActRule
{
    public void Check(ValidationContext context)
    {
        if (context.Act is not ApplicantReply { Date: { } date } reply)
        {
            return;
        }

        NotAfter(context, "complaintDate", reply.ComplaintDate, date);
        for (var index = 0; index < (reply.Measures?.Count ?? 0); index++)
        {
            NotAfter(context, $"measures[{index}].date", reply.Measures![index]?.Date, date);
        }
    }

    internal static void NotAfter(ValidationContext context, string path, DateOnly? value, DateOnly date)
    {
        if (value is { } day && day > date)
        {
            context.Report(path, ValidationCodes.DateOrder, "date-order.not-after",
                ("value", day), ("other", context.Messages.Label("date")), ("otherValue", date));
        }
    }
}
