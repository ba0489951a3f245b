using System.Globalization;
using Supervision.Acts;

namespace Supervision.Language.Russian;

/// <summary>Numbers, sums and dates as Russian acts print them.</summary>
internal sealed class RussianLanguage : ActLanguageBase
{
    /// <summary>The one instance; the service holds no state.</summary>
    public static RussianLanguage Instance { get; } = new();

    private RussianLanguage()
    {
    }

    /// <inheritdoc/>
    public override ActLanguage Code => ActLanguage.Ru;

    /// <inheritdoc/>
    public override CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("ru-RU");

    /// <inheritdoc/>
    public override string Cardinal(long number) => RussianNumberWords.Cardinal(number);

    /// <inheritdoc/>
    public override string FullDate(DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{day.Day} {RussianMonths.GenitiveName(day.Month)} {day.Year} года");

    // A document's date reads the same: "приказ от 28 декабря 2010 года № 88"; the template writes "от".
    /// <inheritdoc/>
    public override string DateOf(DateOnly day) => FullDate(day);

    /// <inheritdoc/>
    public override string DateOn(DateOnly day) => FullDate(day);

    /// <inheritdoc/>
    public override string DateUntil(DateOnly day) => $"до {FullDate(day)}";

    // Тенге does not decline: "один тенге", "пять тенге".
    /// <inheritdoc/>
    protected override string TengeNoun => "тенге";

    // Тиын does not decline either, as Kazakhstan's documents write it: "1 (один) тиын", "2 (два) тиын",
    // "40 (сорок) тиын" (issue 11; numtow's KZT data agrees).
    /// <inheritdoc/>
    protected override string TiynNoun(int tiyn) => "тиын";
}
