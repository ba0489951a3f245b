using Supervision.Language.Kazakh;

namespace Supervision.Tests.Language;

public sealed class KazakhSuffixTests
{
    // Expected values written out by hand from Kazakh grammar: the last vowel chooses the series
    // (back а, о, ұ, ы; front ә, ө, ү, і, е), the last sound chooses д/ғ,г after vowels and voiced
    // consonants or т/қ,к after voiceless ones; loanwords ending in б, в, г, д are pronounced voiceless
    // ("клубқа"). Words other than months, to show the rule is not a month table.
    public static TheoryData<string, string> Datives => new()
    {
        { "Астана", "Астанаға" },
        { "Алматы", "Алматыға" },
        { "үй", "үйге" },
        { "көл", "көлге" },
        { "аудан", "ауданға" },
        { "мектеп", "мектепке" },
        { "ағаш", "ағашқа" },
        { "сот", "сотқа" },
        { "клуб", "клубқа" },
    };

    public static TheoryData<string, string> Attributives => new()
    {
        { "Астана", "Астанадағы" },
        { "Алматы", "Алматыдағы" },
        { "үй", "үйдегі" },
        { "көл", "көлдегі" },
        { "аудан", "аудандағы" },
        { "мектеп", "мектептегі" },
        { "ағаш", "ағаштағы" },
        { "сот", "соттағы" },
        { "клуб", "клубтағы" },
    };

    [Theory]
    [MemberData(nameof(Datives))]
    public void KazakhDativeFollowsVowelHarmonyAndTheLastSound(string stem, string expected) =>
        Assert.Equal(expected, KazakhSuffixes.Dative(stem));

    [Theory]
    [MemberData(nameof(Attributives))]
    public void KazakhAttributiveLocativeFollowsVowelHarmonyAndTheLastSound(string stem, string expected) =>
        Assert.Equal(expected, KazakhSuffixes.AttributiveLocative(stem));
}
