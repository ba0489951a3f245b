namespace Supervision.Validation.Rules;

/// <summary>A sum in tenge is not negative, has at most two decimals (tiyn), and can be printed in words.</summary>
internal sealed class AmountRule : IActRule
{
    /// <summary>The largest sum the language services write in words (just under a trillion tenge).</summary>
    public const decimal MaxAmount = 999_999_999_999.99m;

    public void Check(ValidationContext context)
    {
        if (context.Act.Proceeding?.Amount is not { } amount)
        {
            return;
        }

        const string path = "proceeding.amount";
        if (amount < 0)
        {
            context.Report(path, ValidationCodes.AmountNegative);
        }
        else if (amount > MaxAmount)
        {
            context.Report(path, ValidationCodes.AmountTooLarge, values: [("max", "999 999 999 999,99")]);
        }

        if (decimal.Round(amount, 2) != amount)
        {
            context.Report(path, ValidationCodes.AmountPrecision);
        }
    }
}
