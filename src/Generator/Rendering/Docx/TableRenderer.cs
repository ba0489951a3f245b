using Supervision.Document;

namespace Supervision.Rendering.Docx;

/// <summary>
/// Writes a <see cref="Table"/> as a bordered Word table ("Table Grid") across the text width, in columns
/// of the table's shares (equal unless its markup widens some); rows never split across pages, and a header row is bold and repeated on each page.
/// </summary>
internal sealed class TableRenderer : DocxBlockRenderer<Table>
{
    /// <summary>The style of the act's data tables, defined in <see cref="StylesPart"/>.</summary>
    public const string StyleId = "TableGrid";

    public override DocxShape Shape => DocxShape.BorderedTable;

    protected override void Write(DocxWriter writer, Table block, in BlockContext context)
    {
        var columns = block.Rows.Count == 0 ? 0 : block.Rows.Max(row => row.Cells.Count);
        if (columns == 0)
        {
            return;
        }

        var widths = ColumnWidths(block.Shares(columns));
        writer.Start("tbl");
        writer.Start("tblPr");
        writer.Value("tblStyle", StyleId);
        writer.Width("tblW", Twips.TextWidth);
        writer.Start("tblLayout");
        writer.Attribute("type", "fixed");
        writer.End();
        writer.End();
        TableGrid.Write(writer, widths);
        for (var rowIndex = 0; rowIndex < block.Rows.Count; rowIndex++)
        {
            var header = block.HasHeader && rowIndex == 0;
            var last = rowIndex == block.Rows.Count - 1;
            writer.Start("tr");
            writer.Start("trPr");
            writer.Empty("cantSplit");
            writer.Flag("tblHeader", header);
            writer.End();
            var cells = block.Rows[rowIndex].Cells;
            for (var column = 0; column < cells.Count; column++)
            {
                writer.Start("tc");
                writer.Start("tcPr");
                writer.Width("tcW", widths[column]);
                writer.End();
                var format = new ParagraphFormat { Alignment = cells[column].Alignment, KeepNext = last && context.KeepWithNext };
                writer.Paragraph(format, cells[column].Inlines, new RunFormat(Bold: header));
                writer.End();
            }

            writer.End();
        }

        writer.End();
    }

    /// <summary>The columns' widths in twips from their shares; the last takes what rounding leaves.</summary>
    private static int[] ColumnWidths(double[] shares)
    {
        var widths = new int[shares.Length];
        for (var column = 0; column < shares.Length - 1; column++)
        {
            widths[column] = (int)(Twips.TextWidth * shares[column]);
        }

        widths[^1] = Twips.TextWidth - widths[..^1].Sum();
        return widths;
    }
}
