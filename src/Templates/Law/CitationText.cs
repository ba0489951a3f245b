using Supervision.Acts;
using Supervision.Language;

namespace Supervision.Law;

/// <summary>
/// Prints a citation in the grammatical case the sentence needs. Russian puts the provisions first and the law
/// after them in the genitive ("пунктом 2 статьи 25 Закона ..."); Kazakh puts the law first in the genitive
/// and the provisions after it, the last one taking the case ("... Заңының 25-бабының 2-тармағында").
/// </summary>
internal static class CitationText
{
    /// <summary>Where a law's name prints its date and number.</summary>
    public const string DatedMarker = "{dated}";

    /// <summary>The cases a template may ask for, by language; the first is the default, as "руководствуясь" and
    /// "басшылыққа алып" want it.</summary>
    public static IReadOnlyList<string> Cases(ActLanguage language) => language == ActLanguage.Kk ? KazakhCases : RussianCases;

    private static readonly string[] KazakhCases = ["accusative", "nominative", "genitive", "dative", "locative"];
    private static readonly string[] RussianCases = ["instrumental", "nominative", "genitive", "dative", "accusative", "prepositional"];

    // The nouns with the third-person possessive Kazakh puts after a number ("22-бабы"); the case ending follows it.
    private static readonly Dictionary<string, string> KazakhEndings = new(StringComparer.Ordinal)
    {
        ["nominative"] = "", ["genitive"] = "ның", ["dative"] = "на", ["accusative"] = "н", ["locative"] = "нда",
    };

    // Russian nouns by case: singular, plural.
    private static readonly Dictionary<string, (string One, string Many)[]> RussianNouns = new(StringComparer.Ordinal)
    {
        ["nominative"] = [("статья", "статьи"), ("пункт", "пункты"), ("глава", "главы")],
        ["genitive"] = [("статьи", "статей"), ("пункта", "пунктов"), ("главы", "глав")],
        ["dative"] = [("статье", "статьям"), ("пункту", "пунктам"), ("главе", "главам")],
        ["accusative"] = [("статью", "статьи"), ("пункт", "пункты"), ("главу", "главы")],
        ["instrumental"] = [("статьей", "статьями"), ("пунктом", "пунктами"), ("главой", "главами")],
        ["prepositional"] = [("статье", "статьях"), ("пункте", "пунктах"), ("главе", "главах")],
    };

    private const int Article = 0, Paragraph = 1, Chapter = 2;

    /// <summary>The citation in a case; with <paramref name="defineShortName"/>, the law's short name is defined
    /// after its name ("(далее – Закон)", "(бұдан әрі – Заң)") so that the act may use it afterwards.</summary>
    /// <exception cref="ArgumentException">The case is not one of <see cref="Cases"/>, or the law has no short name to define.</exception>
    public static string Write(Citation citation, ActLanguage language, string? grammaticalCase, bool defineShortName)
    {
        var cases = Cases(language);
        var form = grammaticalCase ?? cases[0];
        if (!cases.Contains(form))
        {
            throw new ArgumentException($"'{form}' is not a case citations are printed in; use one of: {string.Join(", ", cases)}");
        }

        var law = LawName(citation.Law, language, defineShortName);
        return language == ActLanguage.Kk ? $"{law} {Kazakh(citation, form)}" : $"{Russian(citation, form)} {law}";
    }

    private static string LawName(Statute law, ActLanguage language, bool defineShortName)
    {
        var name = law.In(language);
        var words = Languages.For(language);
        var text = name.Genitive;
        if (law is { Date: { } date, Number: { } number })
        {
            var dated = language == ActLanguage.Kk ? $"{words.DateOf(date)} № {number}" : $"от {words.DateOf(date)} № {number}";
            text = text.Replace(DatedMarker, dated, StringComparison.Ordinal);
        }

        if (!defineShortName)
        {
            return text;
        }

        var shortName = name.ShortName ?? throw new ArgumentException($"the law \"{law.Id}\" has no short name to define");
        return language == ActLanguage.Kk ? $"{text} (бұдан әрі – {shortName})" : $"{text} (далее – {shortName})";
    }

    private static string Kazakh(Citation citation, string form)
    {
        var ending = KazakhEndings[form];
        if (citation.Paragraphs.Count > 0)
        {
            var paragraphs = $"{Numbers(citation.Paragraphs, "және")}-{(citation.Paragraphs.Count == 1 ? "тармағы" : "тармақтары")}{ending}";
            return citation.Articles.Count == 1 ? $"{citation.Articles[0]}-бабының {paragraphs}" : paragraphs;
        }

        var parts = new List<string>();
        if (citation.Articles.Count > 0)
        {
            parts.Add($"{Numbers(citation.Articles, "және")}-{(citation.Articles.Count == 1 ? "бабы" : "баптары")}{ending}");
        }

        if (citation.Chapters.Count > 0)
        {
            parts.Add($"{Numbers(citation.Chapters, "және")}-{(citation.Chapters.Count == 1 ? "тарауы" : "тараулары")}{ending}");
        }

        return string.Join(" және ", parts);
    }

    private static string Russian(Citation citation, string form)
    {
        var nouns = RussianNouns[form];
        if (citation.Paragraphs.Count > 0)
        {
            var paragraphs = Noun(nouns, Paragraph, citation.Paragraphs);
            return citation.Articles.Count == 1 ? $"{paragraphs} {RussianNouns["genitive"][Article].One} {citation.Articles[0]}" : paragraphs;
        }

        var parts = new List<string>();
        if (citation.Articles.Count > 0)
        {
            parts.Add(Noun(nouns, Article, citation.Articles));
        }

        if (citation.Chapters.Count > 0)
        {
            parts.Add(Noun(nouns, Chapter, citation.Chapters));
        }

        return string.Join(" и ", parts);

        static string Noun((string One, string Many)[] nouns, int noun, IReadOnlyList<string> numbers) =>
            $"{(numbers.Count == 1 ? nouns[noun].One : nouns[noun].Many)} {Numbers(numbers, "и")}";
    }

    /// <summary>"19", "440 и 441", "4, 5 и 6".</summary>
    private static string Numbers(IReadOnlyList<string> numbers, string and) =>
        numbers.Count == 1 ? numbers[0] : $"{string.Join(", ", numbers.Take(numbers.Count - 1))} {and} {numbers[^1]}";
}
