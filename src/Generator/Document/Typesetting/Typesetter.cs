namespace Supervision.Document.Typesetting;

/// <summary>
/// Applies the <see cref="NoBreakRules"/> to a document once, when it is composed, so that the DOCX, HTML
/// and PDF renderers all print the same no-break spaces. A rule sees a line of a block whole, across
/// changes of bold and italic; it never crosses a line break. The last word of each position line of a
/// signature is also bound to the word before it, so that a position never ends with a word alone.
/// </summary>
public static class Typesetter
{
    /// <summary>The no-break space the rules put in place of an ordinary space.</summary>
    public const char NoBreakSpace = '\u00A0';

    /// <summary>The document with its spaces bound where the rules say.</summary>
    public static ActDocument Apply(ActDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with { Blocks = [.. document.Blocks.Select(Apply)] };
    }

    /// <summary>A block with its spaces bound where the rules say.</summary>
    public static Block Apply(Block block) => block switch
    {
        Paragraph paragraph => paragraph with { Inlines = Apply(paragraph.Inlines) },
        Heading heading => heading with { Inlines = Apply(heading.Inlines) },
        ListBlock list => list with { Items = Lines(list.Items) },
        Table table => table with
        {
            Rows = [.. table.Rows.Select(row => row with { Cells = [.. row.Cells.Select(cell => cell with { Inlines = Apply(cell.Inlines) })] })],
        },
        RequisitesBlock requisites => requisites with { Left = Apply(requisites.Left), Right = Apply(requisites.Right) },
        AddresseeBlock addressee => addressee with { Lines = Lines(addressee.Lines), AddressLines = Lines(addressee.AddressLines) },
        ApprovalBlock approval => approval with { Lines = Lines(approval.Lines) },
        SignatureBlock signature => signature with
        {
            PositionLines = [.. signature.PositionLines.Select(line => BindLastWord(Apply(line)))],
            Name = Apply(signature.Name),
        },
        _ => block,
    };

    /// <summary>Inlines with their spaces bound where the rules say; the same list where nothing changes.</summary>
    public static IReadOnlyList<Inline> Apply(IReadOnlyList<Inline> inlines)
    {
        ArgumentNullException.ThrowIfNull(inlines);
        var text = Text(inlines);
        var bound = Bind(text);
        return ReferenceEquals(bound, text) ? inlines : Split(inlines, bound);
    }

    /// <summary>A text with its spaces bound where the rules say (the same string where nothing changes).</summary>
    public static string Bind(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains(' ', StringComparison.Ordinal))
        {
            return text;
        }

        char[]? chars = null;
        for (var match = NoBreakRules.For(text).Match(text); match.Success; match = match.NextMatch())
        {
            chars ??= text.ToCharArray();
            chars[match.Index] = NoBreakSpace;
        }

        return chars is null ? text : new string(chars);
    }

    private static IReadOnlyList<IReadOnlyList<Inline>> Lines(IReadOnlyList<IReadOnlyList<Inline>> lines) => [.. lines.Select(Apply)];

    /// <summary>The last space of a line bound, so that its last word never wraps alone.</summary>
    private static IReadOnlyList<Inline> BindLastWord(IReadOnlyList<Inline> line)
    {
        var text = Text(line);
        var space = text.LastIndexOf(' ');
        if (space <= 0 || text.IndexOf('\n', space) >= 0)
        {
            return line;
        }

        var chars = text.ToCharArray();
        chars[space] = NoBreakSpace;
        return Split(line, new string(chars));
    }

    /// <summary>The inlines' text, a line break as "\n", so that a rule never reaches across one.</summary>
    private static string Text(IReadOnlyList<Inline> inlines) =>
        string.Concat(inlines.Select(inline => inline is TextRun run ? run.Text : "\n"));

    /// <summary>The inlines again, each run taking its stretch of <paramref name="bound"/>, which is as long as their text.</summary>
    private static List<Inline> Split(IReadOnlyList<Inline> inlines, string bound)
    {
        var result = new List<Inline>(inlines.Count);
        var offset = 0;
        foreach (var inline in inlines)
        {
            if (inline is TextRun run)
            {
                result.Add(run with { Text = bound.Substring(offset, run.Text.Length) });
                offset += run.Text.Length;
            }
            else
            {
                result.Add(inline);
                offset++;
            }
        }

        return result;
    }
}
