using Supervision.Language;

namespace Supervision.Validation.Rules;

/// <summary>
/// Warns of sums written in the act's prose in digits only: a document gives a sum in digits with its
/// words ("125 000 (жүз жиырма бес мың) теңге" / "125 000 (сто двадцать пять тысяч) тенге"; tiyn
/// likewise). The requisite sums (proceeding.amount) are printed with words by the templates; this looks
/// at what the prosecutor typed. The message shows the first sum as it should read.
/// </summary>
internal sealed class AmountWordsRule : IActRule
{
    public void Check(ValidationContext context)
    {
        var language = Languages.For(context.Act.Language);
        foreach (var field in context.Fields)
        {
            if (field is not { IsProse: true, Value: string text })
            {
                continue;
            }

            var sums = BareSum.In(text).ToList();
            if (sums.Count == 0)
            {
                continue;
            }

            var corrected = sums.Select(sum => WithWords(sum, language)).FirstOrDefault(words => words is not null);
            var example = corrected ?? language.Amount(125_000m);
            if (sums.Count == 1)
            {
                // The sum as it should read, or (where its digits do not say it plainly: "5 млн тенге") an example.
                var messageId = corrected is null ? "amount-without-words.other" : null;
                context.Warn(field.Path, ValidationCodes.AmountWithoutWords, messageId, ("sum", sums[0].Text), ("example", example));
            }
            else
            {
                var quoted = string.Join(", ", sums.Select(sum => $"«{sum.Text}»"));
                context.Warn(field.Path, ValidationCodes.AmountWithoutWords, "amount-without-words.many", ("sums", quoted), ("example", example));
            }
        }
    }

    /// <summary>The sum as the act should write it, keeping the currency word's case ending
    /// ("180 000 (жүз сексен мың) теңгені"); null where the digits do not say the sum plainly.</summary>
    private static string? WithWords(BareSum sum, IActLanguage language)
    {
        if (sum.Value is not { } value || value > AmountLimits.Largest || sum.Currency.StartsWith("тг", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (sum.IsTiyn)
        {
            return sum.Fraction.Length == 0 && value < 100 ? $"{sum.Whole} ({language.Cardinal((long)value)}) {sum.Currency}" : null;
        }

        // With tiyn the whole phrase is the language's own ("... теңге 40 (қырық) тиын").
        return sum.Fraction.Length > 0
            ? language.Amount(value)
            : $"{language.AmountInDigits(value)} ({language.Cardinal((long)value)}) {sum.Currency}";
    }
}
