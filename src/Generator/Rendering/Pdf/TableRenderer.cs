using Supervision.Document;
using Supervision.Rendering.Pdf.Layout;

namespace Supervision.Rendering.Pdf;

/// <summary>
/// A table over the text width, ruled, columns as wide as their text asks within the width; a row is
/// never split, and the header row is drawn again at the top of each page the table goes on to.
/// </summary>
internal static class TableRenderer
{
    /// <summary>Word's default cell margin, 0.19 cm.</summary>
    private const double Padding = 5.4;

    /// <summary>Air between a row's text and its top and bottom rules.</summary>
    private const double VerticalPadding = 1.5;

    private const double Border = 0.5;

    public static BlockLayout Measure(Table table, int block, LayoutContext context)
    {
        var columns = table.ColumnCount;
        if (columns == 0)
        {
            return new BlockLayout([]);
        }

        var page = context.Page;
        var widths = ColumnWidths(table, context);
        var lineHeight = context.BodyLineHeight;
        var items = new List<LayoutItem>(table.Rows.Count);
        LayoutItem? header = null;
        for (var row = 0; row < table.Rows.Count; row++)
        {
            var isHeader = table.HasHeader && row == 0;
            var lines = new List<LaidOutLine>();
            var x = page.Left;
            var rowLines = 1;
            for (var column = 0; column < columns; column++)
            {
                var cell = column < table.Rows[row].Cells.Count ? table.Rows[row].Cells[column] : new TableCell([]);
                var format = new TextFormat(cell.Alignment, x + Padding, widths[column] - (2 * Padding), page.BodySize, Bold: isHeader);
                var set = TextSetter.Set(cell.Inlines, format, LineKind.Table, block, row, context.Metrics);
                lines.AddRange(set.Select(line => line with { Baseline = line.Baseline + VerticalPadding }));
                rowLines = Math.Max(rowLines, set.Count);
                x += widths[column];
            }

            var height = (rowLines * lineHeight) + (2 * VerticalPadding);
            var item = new LayoutItem(height, lines)
            {
                Rules = Borders(page.Left, widths, height),
                CanBreakBefore = !(table.HasHeader && row == 1),
                Header = isHeader ? null : header,
            };
            header = isHeader ? item : header;
            items.Add(item);
        }

        return new BlockLayout(items);
    }

    private static List<Rule> Borders(double left, double[] widths, double height)
    {
        var right = left + widths.Sum();
        var rules = new List<Rule>(widths.Length + 3)
        {
            new(left, 0, right, 0, Border),
            new(left, height, right, height, Border),
        };
        var x = left;
        rules.Add(new Rule(x, 0, x, height, Border));
        foreach (var width in widths)
        {
            x += width;
            rules.Add(new Rule(x, 0, x, height, Border));
        }

        return rules;
    }

    /// <summary>
    /// Each column gets at least its longest word; what is left of the text width goes to the columns in
    /// proportion to how much more their longest line asks for.
    /// </summary>
    private static double[] ColumnWidths(Table table, LayoutContext context)
    {
        var columns = table.ColumnCount;
        var least = new double[columns];
        var wanted = new double[columns];
        for (var row = 0; row < table.Rows.Count; row++)
        {
            var bold = table.HasHeader && row == 0;
            for (var column = 0; column < Math.Min(columns, table.Rows[row].Cells.Count); column++)
            {
                var pieces = InlineTokenizer.Tokenize(table.Rows[row].Cells[column].Inlines, context.Page.BodySize, bold, context.Metrics);
                var line = 0.0;
                foreach (var piece in pieces)
                {
                    line = piece.Kind == PieceKind.Break ? 0 : line + piece.Width;
                    wanted[column] = Math.Max(wanted[column], line + (2 * Padding));
                    if (piece.Kind == PieceKind.Word)
                    {
                        least[column] = Math.Max(least[column], piece.Width + (2 * Padding));
                    }
                }
            }
        }

        var total = context.Page.TextWidth;
        for (var column = 0; column < columns; column++)
        {
            least[column] = Math.Max(least[column], 2 * Padding + 1);
            wanted[column] = Math.Max(wanted[column], least[column]);
        }

        var leastSum = least.Sum();
        if (leastSum >= total)
        {
            return [.. least.Select(width => width * total / leastSum)];
        }

        var extra = wanted.Zip(least, (w, l) => w - l).ToArray();
        var extraSum = extra.Sum();
        return extraSum <= 0
            ? [.. least.Select(width => width + ((total - leastSum) / columns))]
            : [.. least.Select((width, column) => width + ((total - leastSum) * extra[column] / extraSum))];
    }
}
