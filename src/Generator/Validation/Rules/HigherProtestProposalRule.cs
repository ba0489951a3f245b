using Supervision.Acts;

namespace Supervision.Validation.Rules;

/// <summary>
/// A proposal to protest to a higher court (p. 7) names the appeal protest only where its rejection is a
/// ground, and lists the court acts of the case each once, oldest first: the prosecutor orders them, and
/// an act out of order is more often a mistyped date than a wish, so it is reported, not re-sorted.
/// </summary>
internal sealed class HigherProtestProposalRule : IActRule
{
    public void Check(ValidationContext context)
    {
        if (context.Act is not HigherProtestProposal proposal)
        {
            return;
        }

        CheckAppealProtest(context, proposal);
        CheckCourtActs(context, proposal.CourtActs ?? []);
    }

    private static void CheckAppealProtest(ValidationContext context, HigherProtestProposal proposal)
    {
        if (proposal.Ground is not { } ground)
        {
            return;
        }

        var needed = ground is ProtestGround.AppealProtestRejected or ProtestGround.Both;
        if (needed && proposal.AppealProtest is null)
        {
            context.Report("appealProtest", ValidationCodes.Required);
        }
        else if (!needed && proposal.AppealProtest is not null)
        {
            context.Report("appealProtest", ValidationCodes.NotApplicable, "not-applicable.appeal-protest");
        }
    }

    private static void CheckCourtActs(ValidationContext context, IReadOnlyList<CourtAct?> acts)
    {
        for (var index = 1; index < acts.Count; index++)
        {
            if (acts[index] is not { } act)
            {
                continue;
            }

            var earlier = Enumerable.Range(0, index).FirstOrDefault(before => IsSame(acts[before], act), -1);
            if (earlier >= 0)
            {
                context.Report($"courtActs[{index}]", ValidationCodes.Duplicate, "duplicate.court-act", ("other", earlier + 1));
            }
            else if (act.Date is { } date && acts[index - 1]?.Date is { } previous && date < previous)
            {
                context.Report($"courtActs[{index}].date", ValidationCodes.DateOrder, "date-order.court-acts", ("value", date), ("otherValue", previous));
            }
        }
    }

    private static bool IsSame(CourtAct? one, CourtAct other) =>
        one is not null
        && one.Date == other.Date
        && string.Equals(one.Name?.Trim(), other.Name?.Trim(), StringComparison.OrdinalIgnoreCase)
        && string.Equals(one.Court?.Trim(), other.Court?.Trim(), StringComparison.OrdinalIgnoreCase);
}
