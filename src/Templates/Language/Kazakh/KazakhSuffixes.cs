namespace Supervision.Language.Kazakh;

/// <summary>Kazakh case endings chosen by vowel harmony and by the last sound of the stem.</summary>
/// <remarks>
/// For bare stems in the nominative (month names, nouns without a possessive ending: a stem ending
/// in the third-person possessive takes -на/-не, -нда/-нде instead, which this class does not do).
/// <list type="bullet">
/// <item>Harmony: the last vowel of the stem decides. Back vowels (а, о, ұ, ы) take а/ы endings,
/// front vowels (ә, ө, ү, і, е) take е/і endings. И, у and ю are skipped: they are written for
/// either series, so an earlier vowel decides.</item>
/// <item>Consonant: after a vowel or a voiced consonant (sonorants л, м, н, ң, р, й, у included, and
/// з, ж) the ending starts with д / ғ, г; after a voiceless consonant with т / қ, к. Final б, в, г, д
/// occur only in loanwords and are pronounced voiceless there ("клубқа", "заводта"), so they count
/// as voiceless too.</item>
/// </list>
/// </remarks>
internal static class KazakhSuffixes
{
    private const string BackVowels = "аоұыяё";
    private const string FrontVowels = "әөүіеэ";
    private const string VoicelessEndings = "кқпстфхһцчшщбвгд";

    /// <summary>The dative (-ға/-ге/-қа/-ке), "to, until": қаңтарға, сәуірге, шілдеге, қыркүйекке.</summary>
    public static string Dative(string stem)
    {
        var front = IsFront(stem);
        var ending = EndsVoiceless(stem) ? (front ? "ке" : "қа") : (front ? "ге" : "ға");
        return stem + ending;
    }

    /// <summary>The locative (-да/-де/-та/-те), "in, on": желтоқсанда, қыркүйекте.</summary>
    public static string Locative(string stem)
    {
        var front = IsFront(stem);
        var ending = EndsVoiceless(stem) ? (front ? "те" : "та") : (front ? "де" : "да");
        return stem + ending;
    }

    /// <summary>The attributive locative (-дағы/-дегі/-тағы/-тегі), "of, dated": the locative and -ғы/-гі
    /// of the same series: желтоқсандағы, сәуірдегі, шілдедегі, қыркүйектегі.</summary>
    public static string AttributiveLocative(string stem) => Locative(stem) + (IsFront(stem) ? "гі" : "ғы");

    private static bool IsFront(string stem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stem);
        for (var i = stem.Length - 1; i >= 0; i--)
        {
            var letter = char.ToLowerInvariant(stem[i]);
            if (FrontVowels.Contains(letter, StringComparison.Ordinal))
            {
                return true;
            }

            if (BackVowels.Contains(letter, StringComparison.Ordinal))
            {
                return false;
            }
        }

        // No vowel that decides (an abbreviation, or only и/у): the back series is the default.
        return false;
    }

    private static bool EndsVoiceless(string stem) =>
        VoicelessEndings.Contains(char.ToLowerInvariant(stem[^1]), StringComparison.Ordinal);
}
