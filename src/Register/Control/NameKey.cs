using System.Globalization;
using System.Text;
using Supervision.Texts;

namespace Supervision.Register;

/// <summary>
/// One normal form for names that are searched and grouped (the prosecutor of an act): the register
/// stores it beside the name (<c>issued_acts.prosecutor_key</c>) and compares keys, never the names as
/// typed, because SQLite's <c>upper</c> and <c>lower</c> fold ASCII only and PostgreSQL's depend on the
/// database's locale. "Сейтова", "СЕЙТОВА", " сейтова " and "Сейтова" written with a combining
/// letter or a zero-width space between its letters all have the key "СЕЙТОВА".
/// </summary>
/// <remarks>
/// The key is made in this order: invisible format characters dropped (zero-width spaces and
/// joiners, U+FEFF, bidi marks and overrides: category Cf), since they never tell two names apart for
/// a reader; every run of white space (U+00A0 and the other Unicode spaces included) made one space,
/// and the ends trimmed; Unicode NFC (a letter and its combining mark become the one precomposed
/// letter: "й" typed as "и" + U+0306); upper case by the invariant culture, which folds
/// the Cyrillic letters of Kazakh and Russian as well as Latin (ә→Ә, і→І, ғ→Ғ, ү→Ү, ұ→Ұ, қ→Қ, ң→Ң, ө→Ө,
/// һ→Һ, ё→Ё); and Ё made Е, because Russian writing, names included, uses "е" for "ё" more often
/// than not, and "Фёдоров" and "Федоров" are one surname to a clerk who searches. Nothing else is
/// equated: Latin letters that look Cyrillic (a Latin "i" for "і") stay different.
/// </remarks>
public static class NameKey
{
    /// <summary>The key under which a name is searched and grouped; empty for a name of nothing visible.</summary>
    public static string Of(string name) => Clean(name).ToUpperInvariant().Replace('Ё', 'Е');

    /// <summary>The name as lists show it: NFC, without invisible format characters, white space collapsed; its case kept.</summary>
    public static string Display(string name) => Clean(name);

    private static string Clean(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var cleaned = new StringBuilder(name.Length);
        var space = false;
        foreach (var rune in name.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                space = cleaned.Length > 0;
                continue;
            }

            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format)
            {
                continue;
            }

            if (space)
            {
                cleaned.Append(' ');
                space = false;
            }

            cleaned.Append(rune.ToString());
        }

        // Composed after the invisible characters are gone: a zero-width space between a letter and its combining mark blocks composition.
        return TextForm.Nfc(cleaned.ToString());
    }
}
