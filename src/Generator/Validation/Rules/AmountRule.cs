namespace Supervision.Validation.Rules;

/// <summary>A sum in tenge is not negative, has at most two decimals (tiyn), and can be printed in words
/// (<see cref="AmountLimits"/>, which the form's and the command line's sum printers share).</summary>
internal sealed class AmountRule : IActRule
{
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
        else if (amount > AmountLimits.Largest)
        {
            context.Report(path, ValidationCodes.AmountTooLarge, values: [("max", AmountLimits.LargestPrinted)]);
        }

        if (decimal.Round(amount, 2) != amount)
        {
            context.Report(path, ValidationCodes.AmountPrecision);
        }
    }
}
