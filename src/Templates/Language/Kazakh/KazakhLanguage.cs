using System.Globalization;
using Supervision.Acts;

namespace Supervision.Language.Kazakh;

/// <summary>Numbers, sums and dates as Kazakh acts print them. Nothing here goes through Humanizer,
/// which has no Kazakh.</summary>
internal sealed class KazakhLanguage : ActLanguageBase
{
    /// <summary>The one instance; the service holds no state.</summary>
    public static KazakhLanguage Instance { get; } = new();

    private KazakhLanguage()
    {
    }

    /// <inheritdoc/>
    public override ActLanguage Code => ActLanguage.Kk;

    /// <inheritdoc/>
    public override CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("kk-KZ");

    /// <inheritdoc/>
    public override string Cardinal(long number) => KazakhNumberWords.Cardinal(number);

    /// <inheritdoc/>
    public override string FullDate(DateOnly day) => $"{YearAndDay(day)} {KazakhMonths.Name(day.Month)}";

    /// <inheritdoc/>
    public override string DateOf(DateOnly day) => $"{YearAndDay(day)} {KazakhSuffixes.AttributiveLocative(KazakhMonths.Name(day.Month))}";

    /// <inheritdoc/>
    public override string DateOn(DateOnly day) => $"{YearAndDay(day)} {KazakhSuffixes.Locative(KazakhMonths.Name(day.Month))}";

    /// <inheritdoc/>
    public override string DateUntil(DateOnly day) => $"{YearAndDay(day)} {KazakhSuffixes.Dative(KazakhMonths.Name(day.Month))} дейін";

    // Kazakh nouns do not change after a numeral: "бес теңге", "бес тиын".
    /// <inheritdoc/>
    protected override string TengeNoun => "теңге";

    /// <inheritdoc/>
    protected override string TiynNoun(int tiyn) => "тиын";

    // "2010 жылғы 28": the year, its attributive "жылғы", the day without a leading zero.
    private static string YearAndDay(DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{day.Year} жылғы {day.Day}");
}
