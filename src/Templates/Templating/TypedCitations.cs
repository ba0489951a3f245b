using System.Text.RegularExpressions;
using Scriban;
using Scriban.Syntax;

namespace Supervision.Templating;

/// <summary>
/// Finds articles, paragraphs, chapters and laws' dates and numbers typed into a template's printed text
/// ("статьей 22", "19-бабын", "ст. 25", "№ 88", "2010 года", "440 және 441-баптарын"): they belong to the legal
/// frame, which the template reads through <c>cite</c>, so that a new law changes data, not every template.
/// Only text that is printed is searched: comments (<c>{{# ...}}</c>) and code may name articles.
/// </summary>
public static partial class TypedCitations
{
    /// <summary>Every typed citation in the template's printed text, with its line and column.</summary>
    public static IReadOnlyList<TemplateProblem> Of(Template template, string path)
    {
        ArgumentNullException.ThrowIfNull(template);
        var found = new List<TemplateProblem>();
        if (template.Page is { } page)
        {
            Collect(page, path, found);
        }

        return found;
    }

    private static void Collect(ScriptNode node, string path, List<TemplateProblem> found)
    {
        if (node is ScriptRawStatement raw)
        {
            var text = raw.Text.ToString();
            foreach (Match match in Typed().Matches(text))
            {
                var (line, column) = Position(raw.Span.Start, text, match.Index);
                found.Add(new TemplateProblem(path, line, column, $"\"{match.Value}\" is typed into the text: articles and laws' dates and numbers come from the legal frame ({{{{ cite \"basis\" }}}}, see docs/legal-frames.md)"));
            }

            return;
        }

        for (var index = 0; index < node.ChildrenCount; index++)
        {
            if (node.GetChildren(index) is { } child)
            {
                Collect(child, path, found);
            }
        }
    }

    /// <summary>The 1-based line and column of an offset in a raw text that starts at a position of the file.</summary>
    private static (int Line, int Column) Position(Scriban.Parsing.TextPosition start, string text, int offset)
    {
        var before = text.AsSpan(0, offset);
        var breaks = before.Count('\n');
        return breaks == 0
            ? (start.Line + 1, start.Column + offset + 1)
            : (start.Line + breaks + 1, offset - before.LastIndexOf('\n'));
    }

    // Russian: "статьей 22", "ст. 25", "пунктом 9", "п. 2", "главой 33", "статьями 440 и 441"; Kazakh: "19-бабын",
    // "440 және 441-баптарын", "9-тармағын", "33-тарауында"; both: "№ 88", "2010 года", "2010 жылғы", "2010 ж.".
    [GeneratedRegex(
        @"(?<![\p{L}\d])(?:стать[а-яё]*|ст\.|пункт[а-яё]*|п\.|глав[а-яё]*|гл\.)\s*\d+(?:\s*(?:,|и)\s*\d+)*"
        + @"|\d+(?:\s*(?:,|және)\s*\d+)*\s*-\s*(?:ба[бп]|тармақ|тармағ|тарау)\p{L}*"
        + @"|№\s*\d[\w\-/]*"
        + @"|\b\d{4}\s*(?:года|году|г\.|жылғы|жылы|ж\.)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Typed();
}
