namespace Supervision.Markup;

/// <summary>
/// Refuses markup nested deeper than acts ever are, before Markdig reads it: Markdig stops at its own
/// depth limit with an exception that names no line, and takes time growing with the square of the depth
/// on the way there. Acts have flat lists and ::: blocks that hold only lines, so the bounds are generous.
/// </summary>
internal static class MarkupNesting
{
    /// <summary>List markers (and the indentation that nests lists) one line may open.</summary>
    public const int MaxListDepth = 16;

    /// <summary>::: blocks open at once.</summary>
    public const int MaxContainerDepth = 8;

    /// <summary>Throws at the first line nested too deep.</summary>
    /// <exception cref="MarkupException">A line opens lists or ::: blocks deeper than the bounds.</exception>
    public static void Check(string markup)
    {
        var containers = 0;
        var line = 0;
        foreach (var range in markup.AsSpan().Split('\n'))
        {
            line++;
            var text = markup.AsSpan(range.Start.Value, range.End.Value - range.Start.Value);
            var trimmed = text.TrimStart(' ');
            if (trimmed.StartsWith(":::"))
            {
                containers = trimmed.TrimStart(':').Trim().IsEmpty ? Math.Max(0, containers - 1) : containers + 1;
                if (containers > MaxContainerDepth)
                {
                    throw new MarkupException(line, $"::: blocks are nested {containers} deep; act markup nests them at most {MaxContainerDepth} deep");
                }

                continue;
            }

            var depth = ListDepth(text);
            if (depth > MaxListDepth)
            {
                throw new MarkupException(line, $"the line opens lists nested {depth} deep; act markup nests them at most {MaxListDepth} deep");
            }
        }
    }

    /// <summary>How deep a line nests lists: its chain of leading list markers, plus its indentation (every two
    /// spaces before a marker can nest one more list), or 0 for a line that starts with no marker.</summary>
    private static int ListDepth(ReadOnlySpan<char> line)
    {
        var indent = 0;
        var start = 0;
        while (start < line.Length && line[start] is ' ' or '\t')
        {
            indent += line[start] == '\t' ? 4 : 1;
            start++;
        }

        var markers = 0;
        var rest = line[start..];
        while (MarkerLength(rest) is > 0 and var length)
        {
            markers++;
            rest = rest[length..].TrimStart(" \t");
        }

        return markers == 0 ? 0 : markers + (indent / 2);
    }

    /// <summary>The length of a list marker ("- ", "* ", "+ ", "12. ", "3) ") at the start, or 0.</summary>
    private static int MarkerLength(ReadOnlySpan<char> text)
    {
        if (text.Length >= 2 && text[0] is '-' or '*' or '+' && text[1] is ' ' or '\t')
        {
            return 2;
        }

        var digits = 0;
        while (digits < text.Length && digits < 10 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits > 0 && text.Length >= digits + 2 && text[digits] is '.' or ')' && text[digits + 1] is ' ' or '\t' ? digits + 2 : 0;
    }
}
