using System.Globalization;

namespace Supervision.Validation;

/// <summary>
/// The one set of limits on a sum in tenge, shared by the validator (<c>proceeding.amount</c>), the
/// form's <c>/api/amount</c> and the command line's <c>amount</c>, so that none prints a sum another
/// refuses: not negative, at most two decimals (tiyn), at most <see cref="Largest"/>.
/// </summary>
public static class AmountLimits
{
    /// <summary>The largest sum an act may hold: the largest the language services write in words (just under a trillion tenge).</summary>
    public const decimal Largest = 999_999_999_999.99m;

    private static readonly NumberFormatInfo Printed = new() { NumberGroupSeparator = " ", NumberDecimalSeparator = "," };

    /// <summary>The largest sum as acts print digits: "999 999 999 999,99".</summary>
    public static string LargestPrinted { get; } = Largest.ToString("#,0.00", Printed);

    /// <summary>Why the sum cannot be an act's, in one line, or null when it can.</summary>
    public static string? Refusal(decimal amount) => amount switch
    {
        < 0 => "a sum cannot be negative",
        > Largest => $"a sum may be at most {LargestPrinted} tenge",
        _ when decimal.Round(amount, 2) != amount => "a sum has at most two decimals (tiyn)",
        _ => null,
    };
}
