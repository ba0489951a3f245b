using System.Globalization;
using System.Text.RegularExpressions;

namespace Supervision.Validation.Rules;

/// <summary>
/// A sum of money written in digits without its words, as found in prose: "3 214 600 тенге",
/// "180 000 теңгені", "14 тиын", "3 214 600,40 тенге", "5 млн тенге". A sum followed by its words in
/// brackets ("125 000 (жүз жиырма бес мың) теңге", or "125 000 теңге (жүз жиырма бес мың теңге)") is
/// not one.
/// </summary>
/// <param name="Text">The sum as written, digits through the currency word.</param>
/// <param name="Whole">The digits before the decimal comma, without group separators ("3214600").</param>
/// <param name="Fraction">The digits after the decimal comma or point, or empty.</param>
/// <param name="Currency">The currency word as written, case ending included ("теңгені", "тиын", "тг.").</param>
/// <param name="HasScale">Whether an abbreviated scale stands between digits and currency ("млн").</param>
internal sealed partial record BareSum(string Text, string Whole, string Fraction, string Currency, bool HasScale)
{
    /// <summary>Every bare sum in <paramref name="text"/>, in order.</summary>
    public static IEnumerable<BareSum> In(string text) =>
        Pattern().Matches(text).Select(match => new BareSum(
            match.Value,
            new string([.. match.Groups["whole"].Value.Where(char.IsAsciiDigit)]),
            match.Groups["fraction"].Value,
            match.Groups["currency"].Value,
            match.Groups["scale"].Success));

    /// <summary>Whether the currency is tiyn rather than tenge.</summary>
    public bool IsTiyn => Currency.StartsWith("тиын", StringComparison.OrdinalIgnoreCase);

    /// <summary>The sum in tenge, where the digits say it plainly: null with a scale abbreviation, or
    /// with more digits than a <see cref="decimal"/> holds.</summary>
    public decimal? Value =>
        !HasScale && Whole.Length <= 15 && decimal.TryParse(
            Fraction.Length == 0 ? Whole : $"{Whole}.{Fraction}", NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    // Digits (grouped by spaces or not, never starting inside a longer number or word), an optional
    // decimal part, an optional abbreviated scale, then тенге/теңге/тиын/тг with any case ending -
    // unless brackets with the words follow.
    [GeneratedRegex(
        @"(?<![\d\p{L}])(?<whole>\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d+)(?:[.,](?<fraction>\d{1,2}))?(?!\d)[ \u00A0\u202F]*(?<scale>(?:тыс|млн|млрд)\.?[ \u00A0\u202F]*)?(?<currency>(?:тенге|теңге|тиын)\p{L}*|тг\.?)(?!\p{L})(?![ \u00A0\u202F]*\()",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
