using System.Text;
using Markdig.Syntax.Inlines;
using Supervision.Document;
using Supervision.Templating;
using Inline = Supervision.Document.Inline;

namespace Supervision.Markup;

/// <summary>
/// Reads the text of a markup block into runs of bold, italic and plain text. A value's own line
/// break (carried as U+2028) becomes a line break; a line of markup ends in a space, or in a line
/// break inside the ::: blocks.
/// </summary>
internal static class InlineReader
{
    public static IReadOnlyList<Inline> Read(ContainerInline? root, bool linesAreLines)
    {
        var result = new List<Inline>();
        if (root is not null)
        {
            Append(root, bold: false, italic: false, linesAreLines, result);
        }

        return Merge(result);
    }

    private static void Append(ContainerInline container, bool bold, bool italic, bool linesAreLines, List<Inline> result)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    AppendText(literal.Content.ToString(), bold, italic, result);
                    break;
                case EmphasisInline emphasis:
                    var strong = emphasis.DelimiterCount >= 2;
                    Append(emphasis, bold || strong, italic || !strong, linesAreLines, result);
                    break;
                case LineBreakInline lineBreak:
                    result.Add(lineBreak.IsHard || linesAreLines ? LineBreak.Instance : new TextRun(" ", bold, italic));
                    break;
                case HtmlEntityInline entity:
                    AppendText(entity.Transcoded.ToString(), bold, italic, result);
                    break;
                case ContainerInline inner:
                    Append(inner, bold, italic, linesAreLines, result);
                    break;
                default:
                    AppendText(inline.ToString() ?? string.Empty, bold, italic, result);
                    break;
            }
        }
    }

    private static void AppendText(string text, bool bold, bool italic, List<Inline> result)
    {
        var parts = text.Split(MarkupEscaper.LineSeparator);
        for (var index = 0; index < parts.Length; index++)
        {
            if (index > 0)
            {
                result.Add(LineBreak.Instance);
            }

            if (parts[index].Length > 0)
            {
                result.Add(new TextRun(parts[index], bold, italic));
            }
        }
    }

    /// <summary>Joins neighbouring runs of the same style and trims spaces at line ends, so renderers see whole words.</summary>
    private static List<Inline> Merge(List<Inline> inlines)
    {
        var merged = new List<Inline>(inlines.Count);
        var text = new StringBuilder();
        TextRun? style = null;
        foreach (var inline in inlines)
        {
            if (inline is TextRun run && style is not null && run.Bold == style.Bold && run.Italic == style.Italic)
            {
                text.Append(run.Text);
                continue;
            }

            Flush();
            if (inline is TextRun next)
            {
                style = next;
                text.Append(next.Text);
            }
            else
            {
                merged.Add(inline);
            }
        }

        Flush();
        TrimLineEnds(merged);
        return merged;

        void Flush()
        {
            if (style is not null && text.Length > 0)
            {
                merged.Add(style with { Text = text.ToString() });
            }

            style = null;
            text.Clear();
        }
    }

    private static void TrimLineEnds(List<Inline> inlines)
    {
        for (var index = 0; index < inlines.Count; index++)
        {
            if (inlines[index] is not TextRun run)
            {
                continue;
            }

            var atLineStart = index == 0 || inlines[index - 1] is LineBreak;
            var atLineEnd = index == inlines.Count - 1 || inlines[index + 1] is LineBreak;
            var text = atLineStart ? run.Text.TrimStart() : run.Text;
            text = atLineEnd ? text.TrimEnd() : text;
            if (text.Length == 0)
            {
                inlines.RemoveAt(index--);
            }
            else if (text.Length != run.Text.Length)
            {
                inlines[index] = run with { Text = text };
            }
        }
    }
}
