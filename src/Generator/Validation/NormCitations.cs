using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;
using Supervision.Acts;

namespace Supervision.Validation;

/// <summary>
/// The words by which a norm names a law or code, and those by which it names an article (пункт, бап,
/// тармақ, ...), in each language, and the fields that list norms: the data of norm-citations.json,
/// which a lawyer extends when a warning is missed or false.
/// </summary>
internal sealed partial class NormCitations
{
    private readonly FrozenDictionary<ActLanguage, (WordSet Laws, WordSet Articles)> _words;

    private NormCitations(FrozenSet<string> fields, FrozenDictionary<ActLanguage, (WordSet Laws, WordSet Articles)> words) =>
        (Fields, _words) = (fields, words);

    /// <summary>The words the product ships with.</summary>
    public static NormCitations Default { get; } = Load();

    /// <summary>The JSON names of the fields whose items cite norms ("violatedNorms").</summary>
    public FrozenSet<string> Fields { get; }

    /// <summary>Whether <paramref name="norm"/> names a law or code and no article, part or paragraph of it.</summary>
    public bool LacksArticle(string norm, ActLanguage language)
    {
        var (laws, articles) = _words[language];
        var words = Word().Matches(norm).Select(match => match.Value.ToLowerInvariant()).ToList();
        return words.Any(laws.Contains) && !words.Any(articles.Contains);
    }

    private static NormCitations Load()
    {
        const string resource = "Supervision.Citations.norm-citations.json";
        var data = EmbeddedResources.ReadJson<CitationsFile>(typeof(NormCitations).Assembly, resource, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        return new NormCitations(
            data.Fields.ToFrozenSet(StringComparer.Ordinal),
            new Dictionary<ActLanguage, (WordSet, WordSet)>
            {
                [ActLanguage.Kk] = (new WordSet(data.Kk.Laws), new WordSet(data.Kk.Articles)),
                [ActLanguage.Ru] = (new WordSet(data.Ru.Laws), new WordSet(data.Ru.Articles)),
            }.ToFrozenDictionary());
    }

    // A word is a run of letters: "55-бабы" gives "бабы", "ст.ст." gives "ст" twice.
    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    /// <summary>Whole words, and beginnings of words written with a final *.</summary>
    private sealed class WordSet(IEnumerable<string> entries)
    {
        private readonly FrozenSet<string> _whole = entries.Where(entry => !entry.EndsWith('*')).Select(entry => entry.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        private readonly string[] _beginnings = [.. entries.Where(entry => entry.EndsWith('*')).Select(entry => entry.TrimEnd('*').ToLowerInvariant())];

        public bool Contains(string word) =>
            _whole.Contains(word) || _beginnings.Any(beginning => word.StartsWith(beginning, StringComparison.Ordinal));
    }

    private sealed record CitationsFile(string About, string[] Fields, LanguageWords Kk, LanguageWords Ru);

    private sealed record LanguageWords(string[] Laws, string[] Articles);
}
