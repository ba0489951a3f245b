using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Supervision.Document;
using Block = Supervision.Document.Block;
using Inline = Supervision.Document.Inline;
using MarkdigList = Markdig.Syntax.ListBlock;
using MarkdigTable = Markdig.Extensions.Tables.Table;
using MarkdigTableRow = Markdig.Extensions.Tables.TableRow;
using MarkdigTableCell = Markdig.Extensions.Tables.TableCell;

namespace Supervision.Markup;

/// <summary>
/// Reads act markup into the document model. Paragraphs are justified with the indent unless their
/// attributes say otherwise ({.center} {.right} {.left} {.noindent} {.keep} {.small} {.gap}); inside the
/// ::: requisite blocks every line is a line. Anything acts do not have is refused with its line.
/// </summary>
public static class MarkupReader
{
    /// <summary>Reads markup into blocks.</summary>
    /// <exception cref="MarkupException">The markup holds something acts do not have, or nests deeper than acts do.</exception>
    public static IReadOnlyList<Block> Read(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        MarkupNesting.Check(markup);
        MarkdownDocument parsed;
        try
        {
            parsed = Markdown.Parse(markup, MarkupPipeline.Instance);
        }
        catch (ArgumentException exception)
        {
            // Markdig's own depth limit (nesting our check does not count, a table too large): a refusal of the
            // markup, not a fault of the service; Markdig names no line.
            throw new MarkupException(1, $"the markup is nested deeper than the markup reader allows ({exception.Message})");
        }

        var blocks = new List<Block>(parsed.Count);
        foreach (var block in parsed)
        {
            blocks.Add(ReadBlock(block));
        }

        return blocks;
    }

    private static Block ReadBlock(Markdig.Syntax.Block block) => block switch
    {
        ParagraphBlock paragraph => ReadParagraph(paragraph),
        // The pipeline reads at most ### as a heading and setext headings are of level 1 or 2.
        HeadingBlock heading => new Heading(heading.Level, InlineReader.Read(heading.Inline, linesAreLines: false)),
        MarkdigList list => ReadList(list),
        MarkdigTable table => ReadTable(table),
        CustomContainer container => ContainerReader.Read(container),
        LinkReferenceDefinitionGroup => throw Refuse(block, "link definitions are not part of an act"),
        _ => throw Refuse(block, $"{Describe(block)} is not part of act markup"),
    };

    private static Paragraph ReadParagraph(ParagraphBlock paragraph)
    {
        var classes = paragraph.TryGetAttributes()?.Classes ?? [];
        foreach (var unknown in classes.Where(c => !ParagraphClasses.Contains(c)))
        {
            throw Refuse(paragraph, $"unknown paragraph attribute .{unknown}; known: {string.Join(", ", ParagraphClasses.Select(c => "." + c))}");
        }

        var alignment = classes.Contains("center") ? Alignment.Center
            : classes.Contains("right") ? Alignment.Right
            : classes.Contains("left") ? Alignment.Left
            : Alignment.Justify;
        var indent = alignment == Alignment.Justify && !classes.Contains("noindent");
        return new Paragraph(
            InlineReader.Read(paragraph.Inline, linesAreLines: false),
            alignment,
            indent,
            KeepWithNext: classes.Contains("keep"),
            Small: classes.Contains("small"),
            BlankLineBefore: classes.Contains("gap"));
    }

    private static readonly string[] ParagraphClasses = ["center", "right", "left", "noindent", "keep", "small", "gap"];

    private static Document.ListBlock ReadList(MarkdigList list)
    {
        var start = 1;
        if (list.IsOrdered && int.TryParse(list.OrderedStart, out var given))
        {
            start = given;
        }

        var items = new List<IReadOnlyList<Inline>>(list.Count);
        foreach (var item in list.Cast<ListItemBlock>())
        {
            var inlines = new List<Inline>();
            foreach (var child in item)
            {
                if (child is not ParagraphBlock paragraph)
                {
                    throw Refuse(child, "a list item holds text only, not nested lists or blocks");
                }

                if (inlines.Count > 0)
                {
                    inlines.Add(LineBreak.Instance);
                }

                inlines.AddRange(InlineReader.Read(paragraph.Inline, linesAreLines: false));
            }

            items.Add(inlines);
        }

        return new Document.ListBlock(list.IsOrdered, start, items);
    }

    private static Document.Table ReadTable(MarkdigTable table)
    {
        var rows = new List<Document.TableRow>(table.Count);
        foreach (var row in table.Cast<MarkdigTableRow>())
        {
            var cells = new List<Document.TableCell>(row.Count);
            foreach (var (cell, index) in row.Cast<MarkdigTableCell>().Select((cell, index) => (cell, index)))
            {
                var inlines = new List<Inline>();
                foreach (var paragraph in cell.OfType<ParagraphBlock>())
                {
                    inlines.AddRange(InlineReader.Read(paragraph.Inline, linesAreLines: false));
                }

                // Pipe tables leave a cell's ColumnIndex unset (-1); its place in the row is its column.
                cells.Add(new Document.TableCell(inlines, CellAlignment(table, cell.ColumnIndex >= 0 ? cell.ColumnIndex : index)));
            }

            rows.Add(new Document.TableRow(cells));
        }

        var header = table.Count > 0 && ((MarkdigTableRow)table[0]).IsHeader;
        return new Document.Table(rows, header, [.. table.ColumnDefinitions.Select(column => (double)column.Width)]);
    }

    /// <summary>The alignment the delimiter row gives the column ("|---:|" right, "|:---:|" centre): figures in a
    /// table stand right-aligned under each other; a column that says nothing is left-aligned.</summary>
    private static Alignment CellAlignment(MarkdigTable table, int column) =>
        column >= 0 && column < table.ColumnDefinitions.Count
            ? table.ColumnDefinitions[column].Alignment switch
            {
                Markdig.Extensions.Tables.TableColumnAlign.Right => Alignment.Right,
                Markdig.Extensions.Tables.TableColumnAlign.Center => Alignment.Center,
                _ => Alignment.Left,
            }
            : Alignment.Left;

    internal static MarkupException Refuse(Markdig.Syntax.Block block, string message) => new(block.Line + 1, message);

    // The pipeline has no HTML, quotation or code block parsers, but the list parser still reads "---",
    // "***" and "___" as a horizontal rule.
    private static string Describe(Markdig.Syntax.Block block) =>
        block is ThematicBreakBlock ? "a horizontal rule" : block.GetType().Name;
}
