using System.Globalization;
using Humanizer;

namespace Supervision.Language.Russian;

/// <summary>Russian cardinal numbers in words, by Humanizer's Russian converter.</summary>
/// <remarks>
/// The words are masculine ("один", "два", "двадцать один"): тиын is masculine, and тенге is used
/// as masculine in Kazakhstan's official Russian ("один тенге", "два тенге"). Humanizer agrees the
/// scale words itself: "одна тысяча", "две тысячи", "один миллион", "два миллиона", as CLDR's
/// spellout-cardinal-masculine for ru does.
/// </remarks>
internal static class RussianNumberWords
{
    // Asked for a culture it does not know, Humanizer answers in English without a word of warning;
    // ru-RU is known, and the tests check every answer is Cyrillic.
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary><paramref name="number"/> in Russian words: 0 → "ноль", 2000 → "две тысячи".</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is negative; acts spell no negative numbers.</exception>
    public static string Cardinal(long number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        return number.ToWords(GrammaticalGender.Masculine, Russian);
    }
}
