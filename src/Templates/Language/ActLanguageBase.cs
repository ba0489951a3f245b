using System.Globalization;
using Supervision.Acts;

namespace Supervision.Language;

/// <summary>What the two languages share: how a sum is laid out. Digits print the same in both;
/// only the words and the currency nouns differ.</summary>
internal abstract class ActLanguageBase : IActLanguage
{
    /// <inheritdoc/>
    public abstract ActLanguage Code { get; }

    /// <inheritdoc/>
    public abstract CultureInfo Culture { get; }

    /// <inheritdoc/>
    public abstract string Cardinal(long number);

    /// <inheritdoc/>
    public abstract string FullDate(DateOnly day);

    /// <inheritdoc/>
    public abstract string DateOf(DateOnly day);

    /// <inheritdoc/>
    public abstract string DateUntil(DateOnly day);

    /// <inheritdoc/>
    public abstract string DateOn(DateOnly day);

    /// <summary>The noun "tenge", the same after any number of them.</summary>
    protected abstract string TengeNoun { get; }

    /// <summary>The noun "tiyn" after <paramref name="tiyn"/> of them.</summary>
    protected abstract string TiynNoun(int tiyn);

    /// <inheritdoc/>
    public string AmountInDigits(decimal amount)
    {
        var parts = AmountParts.Of(amount);
        var tenge = DigitGroups.Format(parts.Tenge);
        return parts.HasTiyn ? $"{tenge},{TiynDigits(parts.Tiyn)}" : tenge;
    }

    /// <inheritdoc/>
    public string AmountInWords(decimal amount)
    {
        var parts = AmountParts.Of(amount);
        var tenge = $"{Cardinal(parts.Tenge)} {TengeNoun}";
        return parts.HasTiyn ? $"{tenge} {Cardinal(parts.Tiyn)} {TiynNoun(parts.Tiyn)}" : tenge;
    }

    /// <inheritdoc/>
    public string Amount(decimal amount)
    {
        var parts = AmountParts.Of(amount);
        var tenge = $"{DigitGroups.Format(parts.Tenge)} ({Cardinal(parts.Tenge)}) {TengeNoun}";
        return parts.HasTiyn
            ? $"{tenge} {TiynDigits(parts.Tiyn)} ({Cardinal(parts.Tiyn)}) {TiynNoun(parts.Tiyn)}"
            : tenge;
    }

    /// <summary>Tiyn always print as two digits ("05"): they are the fraction of the sum, as after
    /// the comma in "0,05", and payment documents print them so.</summary>
    private static string TiynDigits(int tiyn) => tiyn.ToString("00", CultureInfo.InvariantCulture);
}
