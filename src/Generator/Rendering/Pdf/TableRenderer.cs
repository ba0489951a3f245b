using Supervision.Document;
using Supervision.Rendering.Pdf.Layout;

namespace Supervision.Rendering.Pdf;

/// <summary>
/// A table as the DOCX draws it ("Table Grid"): across the text width in the table's column shares, every cell ruled
/// at half a point, text inset by Word's default cell margin; a row is never split, and the header row
/// (bold) is drawn again at the top of each page the table goes on to.
/// </summary>
internal static class TableRenderer
{
    /// <summary>Word's default cell margin, 108 twips.</summary>
    private const double Padding = 5.4;

    private const double Border = 0.5;

    public static BlockLayout Measure(Table table, int block, LayoutContext context)
    {
        var columns = table.Rows.Count == 0 ? 0 : table.Rows.Max(row => row.Cells.Count);
        if (columns == 0)
        {
            return new BlockLayout([]);
        }

        var page = context.Page;
        var shares = table.Shares(columns);
        var lefts = new double[columns + 1];
        lefts[0] = page.Left;
        for (var column = 0; column < columns; column++)
        {
            lefts[column + 1] = lefts[column] + (page.TextWidth * shares[column]);
        }

        var lineHeight = context.BodyLineHeight;
        var items = new List<LayoutItem>(table.Rows.Count);
        LayoutItem? header = null;
        for (var row = 0; row < table.Rows.Count; row++)
        {
            var isHeader = table.HasHeader && row == 0;
            var cells = table.Rows[row].Cells;
            var lines = new List<LaidOutLine>();
            var rowLines = 1;
            for (var column = 0; column < cells.Count; column++)
            {
                var format = new TextFormat(cells[column].Alignment, lefts[column] + Padding, lefts[column + 1] - lefts[column] - (2 * Padding), page.BodySize, Bold: isHeader);
                var set = TextSetter.Set(cells[column].Inlines, format, LineKind.Table, block, row, context.Metrics);
                lines.AddRange(set.Select(line => line with { Role = line.Role with { Cell = column } }));
                rowLines = Math.Max(rowLines, set.Count);
            }

            var height = rowLines * lineHeight;
            var item = new LayoutItem(height, lines)
            {
                Rules = Borders(lefts, height),
                CanBreakBefore = !(table.HasHeader && row == 1),
                Header = isHeader ? null : header,
            };
            header = isHeader ? item : header;
            items.Add(item);
        }

        return new BlockLayout(items);
    }

    /// <summary>The rules of a row: its top and bottom, and a vertical rule at each column edge.</summary>
    private static List<Rule> Borders(double[] lefts, double height)
    {
        var (left, right) = (lefts[0], lefts[^1]);
        var rules = new List<Rule>(lefts.Length + 2)
        {
            new(left, 0, right, 0, Border),
            new(left, height, right, height, Border),
        };
        foreach (var x in lefts)
        {
            rules.Add(new Rule(x, 0, x, height, Border));
        }

        return rules;
    }
}
