using Supervision.Acts;
using Supervision.Language;

namespace Supervision.Tests.Language;

// Humanizer has no Kazakh and answers "kk" in English without a warning; a culture it does not know
// would do the same to Russian. These tests sweep many numbers and look for any Latin letter.
public sealed class NoEnglishTests
{
    // 0 .. 1 000 000 by a prime step, so every digit position takes many values; then the big scales.
    private static IEnumerable<long> Sample()
    {
        for (long n = 0; n <= 1_000_000; n += 997)
        {
            yield return n;
        }

        yield return 1_000_000;
        yield return 1_000_000_000;
        yield return 999_999_999_999;
        yield return long.MaxValue;
    }

    [Theory]
    [InlineData(ActLanguage.Kk)]
    [InlineData(ActLanguage.Ru)]
    public void NumberWordsContainOnlyCyrillicLettersAndSpaces(ActLanguage language)
    {
        var service = Languages.For(language);
        foreach (var n in Sample())
        {
            var words = service.Cardinal(n);
            Assert.True(IsCyrillicWords(words), $"{n} → \"{words}\"");
        }
    }

    [Theory]
    [InlineData(ActLanguage.Kk)]
    [InlineData(ActLanguage.Ru)]
    public void SumsInWordsContainNoLatinLetters(ActLanguage language)
    {
        var service = Languages.For(language);
        for (var tiyn = 0; tiyn < 100; tiyn++)
        {
            var amount = 632_924m + (tiyn / 100m);
            var printed = service.Amount(amount);
            Assert.DoesNotContain(printed, char.IsAsciiLetter);
        }
    }

    private static bool IsCyrillicWords(string words) =>
        words.Length > 0 && words.All(c => c == ' ' || c is >= '\u0400' and <= '\u04FF');
}
