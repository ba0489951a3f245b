namespace Supervision.Validation.Rules;

/// <summary>Warns of an act dated after today in Kazakhstan but within the days the policy allows ahead
/// (<see cref="DateBounds.ActDaysAhead"/>): usually a typo in the day or month, sometimes an act prepared
/// ahead, which the prosecutor may mean; so a warning. Further ahead <see cref="DateBoundsRule"/> refuses it.</summary>
internal sealed class FutureDateRule : IActRule
{
    public void Check(ValidationContext context)
    {
        if (context.Act.Date is { } date && date > context.Today && date <= context.Policy.Dates.ActLatest(context.Today))
        {
            context.Warn("date", ValidationCodes.DateInFuture, values: [("date", date), ("today", context.Today)]);
        }
    }
}
