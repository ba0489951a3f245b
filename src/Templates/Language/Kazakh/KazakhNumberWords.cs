namespace Supervision.Language.Kazakh;

/// <summary>Kazakh cardinal numbers in words, written by the project: Humanizer has no Kazakh and,
/// asked for "kk", silently answers in English.</summary>
/// <remarks>
/// Each group of three digits is spelled (hundreds, tens, units follow each other: "жүз жиырма бес")
/// and followed by the name of its scale ("мың", "миллион", ...).
/// Where "бір" (one) is left out:
/// <list type="bullet">
/// <item>before "жүз" always: 100 is "жүз", 125 000 is "жүз жиырма бес мың" (domain brief;
/// CLDR spellout-cardinal for kk agrees);</item>
/// <item>before "мың": 1000 is "мың", 1100 is "мың жүз", as CLDR spellout-cardinal for kk (ICU 72)
/// spells it and as Kazakh grammar describes the native numerals жүз and мың;</item>
/// <item>but NOT before "миллион" and larger: 1 000 000 is "бір миллион". Here we depart from CLDR
/// (which says "миллион"): миллион, миллиард are borrowed nouns that take a numeral, and sums in
/// official documents read "бір миллион теңге".</item>
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

            // A lone thousand is "мың", not "бір мың" (see remarks); other scales keep their "бір".
            var thousandAlone = group == 1 && scale == 1;
            if (!thousandAlone)
            {
                AddGroup(words, group);
            }

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
