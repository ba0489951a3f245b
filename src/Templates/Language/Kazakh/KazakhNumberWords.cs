namespace Supervision.Language.Kazakh;

/// <summary>Kazakh cardinal numbers in words, written by the project: Humanizer has no Kazakh and,
/// asked for "kk", silently answers in English.</summary>
/// <remarks>
/// Each group of three digits is spelled (hundreds, tens, units follow each other: "жүз жиырма бес")
/// and followed by the name of its scale ("мың", "миллион", ...).
/// Where "бір" (one) is left out and where it is not:
/// <list type="bullet">
/// <item>before "жүз" it is left out: 100 is "жүз", 125 000 is "жүз жиырма бес мың" (domain brief;
/// CLDR spellout-cardinal for kk, num2words' lang_KZ and numtow agree);</item>
/// <item>before "мың" and every larger scale it is written: 1000 is "бір мың", 1966 is "бір мың тоғыз
/// жүз алпыс алты", 1 001 000 is "бір миллион бір мың". So num2words (lang_KZ) and numtow spell them,
/// and so sums read in official documents ("бір мың теңге"), where a word left out could be a word
/// struck out. CLDR (ICU 72) writes "мың" and "миллион" alone; the project followed it for мың until
/// issue 11 reversed that.</item>
/// </list>
/// </remarks>
internal static class KazakhNumberWords
{
    private const string Zero = "нөл";
    private const string Hundred = "жүз";

    private static readonly string[] Units = ["", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"];

    private static readonly string[] Tens = ["", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"];

    // Indexed by the position of a group of three digits, counted from the right; long ends in the quintillions.
    private static readonly string[] Scales = ["", "мың", "миллион", "миллиард", "триллион", "квадриллион", "квинтиллион"];

    /// <summary><paramref name="number"/> in Kazakh words: 0 → "нөл", 632924 → "алты жүз отыз екі мың тоғыз жүз жиырма төрт".</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is negative; acts spell no negative numbers.</exception>
    public static string Cardinal(long number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        if (number == 0)
        {
            return Zero;
        }

        var groups = DigitGroups.Split(number);
        var words = new List<string>();
        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i];
            var scale = groups.Count - 1 - i;
            if (group == 0)
            {
                continue;
            }

            // Every scale keeps its "бір": "бір мың", "бір миллион" (see remarks).
            AddGroup(words, group);

            if (scale > 0)
            {
                words.Add(Scales[scale]);
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>Adds the words of 1..999: "тоғыз жүз тоқсан тоғыз".</summary>
    private static void AddGroup(List<string> words, int group)
    {
        var hundreds = group / 100;
        var tens = group / 10 % 10;
        var units = group % 10;
        if (hundreds == 1)
        {
            words.Add(Hundred);
        }
        else if (hundreds > 1)
        {
            words.Add(Units[hundreds]);
            words.Add(Hundred);
        }

        if (tens > 0)
        {
            words.Add(Tens[tens]);
        }

        if (units > 0)
        {
            words.Add(Units[units]);
        }
    }
}
