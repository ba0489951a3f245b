using Supervision.Acts;

namespace Supervision.Validation.Rules;

/// <summary>
/// The act's dates are coherent: the act is not dated before the proceeding it supervises, the
/// executive document precedes the proceeding, and what the act refers to happened before it.
/// </summary>
internal sealed class DatesRule : IActRule
{
    public void Check(ValidationContext context)
    {
        var act = context.Act;
        var proceedingDate = act.Proceeding?.Date;
        if (act.Date is { } date && proceedingDate is { } opened && date < opened)
        {
            context.Report("date", ValidationCodes.DateBeforeProceeding, values: [("date", date), ("proceedingDate", opened)]);
        }

        NotAfter(context, "proceeding.executiveDocument.date", act.Proceeding?.ExecutiveDocument?.Date, "proceeding.date", proceedingDate);

        switch (act)
        {
            case Protest protest:
                NotBefore(context, "contestedResolution.date", protest.ContestedResolution?.Date, "proceeding.date", proceedingDate);
                NotAfter(context, "contestedResolution.date", protest.ContestedResolution?.Date, "date", act.Date);
                break;
            case ReviewConclusion review:
                NotBefore(context, "receivedOn", review.ReceivedOn, "proceeding.date", proceedingDate);
                NotAfter(context, "studiedOn", review.StudiedOn, "date", act.Date);
                break;
            case HigherProtestProposal proposal:
                for (var index = 0; index < (proposal.CourtActs?.Count ?? 0); index++)
                {
                    NotAfter(context, $"courtActs[{index}].date", proposal.CourtActs![index]?.Date, "date", act.Date);
                }

                NotAfter(context, "appealProtest.date", proposal.AppealProtest?.Date, "date", act.Date);
                break;
            case ViolationReport report:
                NotAfter(context, "petitionOn", report.PetitionOn, "date", act.Date);
                break;
        }
    }

    private static void NotBefore(ValidationContext context, string path, DateOnly? value, string otherPath, DateOnly? other)
    {
        if (value is { } day && other is { } bound && day < bound)
        {
            Report(context, path, "date-order.not-before", day, otherPath, bound);
        }
    }

    private static void NotAfter(ValidationContext context, string path, DateOnly? value, string otherPath, DateOnly? other)
    {
        if (value is { } day && other is { } bound && day > bound)
        {
            Report(context, path, "date-order.not-after", day, otherPath, bound);
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
