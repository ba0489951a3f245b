namespace Supervision.Validation.Rules;

/// <summary>Warns of an act dated after today in Kazakhstan: usually a typo in the year or month, sometimes
/// an act prepared ahead, which the prosecutor may mean; so a warning, never an error.</summary>
internal sealed class FutureDateRule : IActRule
{
    public void Check(ValidationContext context)
    {
        if (context.Act.Date is { } date && date > context.Today)
        {
            context.Warn("date", ValidationCodes.DateInFuture, values: [("date", date), ("today", context.Today)]);
        }
    }
}
