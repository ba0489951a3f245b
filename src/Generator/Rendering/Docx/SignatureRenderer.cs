using Supervision.Document;

namespace Supervision.Rendering.Docx;

/// <summary>
/// Writes a <see cref="SignatureBlock"/> as a borderless table of one row that cannot split across pages:
/// the position lines in the left column (to <see cref="PageLayout.SignatureNameStart"/>), a paragraph
/// each; the name in the rest, right-aligned and set at the bottom of its cell, so that it stands on the
/// last position line however the lines wrap. The table's cells have no side margins, so the text meets
/// the page margins. The paragraph before the signature is kept with it by <see cref="BodyRenderer"/>;
/// when a block follows (the executor line), every paragraph of the row keeps with the next, which is
/// how Word keeps a table row on the page of the paragraph after it.
/// </summary>
internal sealed class SignatureRenderer : DocxBlockRenderer<SignatureBlock>
{
    public override DocxShape Shape => DocxShape.LayoutTable;

    protected override void Write(DocxWriter writer, SignatureBlock block, in BlockContext context)
    {
        var name = new ParagraphFormat { Alignment = Alignment.Right, KeepLines = true, KeepNext = context.KeepWithNext };
        if (block.PositionLines.Count == 0)
        {
            writer.Paragraph(name, block.Name);
            return;
        }

        var left = Twips.SignatureNameStart;
        var right = Twips.TextWidth - left;
        writer.Start("tbl");
        writer.Start("tblPr");
        writer.Width("tblW", Twips.TextWidth);
        writer.Start("tblLayout");
        writer.Attribute("type", "fixed");
        writer.End();
        writer.Start("tblCellMar");
        writer.Width("left", 0);
        writer.Width("right", 0);
        writer.End();
        writer.End();
        TableGrid.Write(writer, [left, right]);

        writer.Start("tr");
        writer.Start("trPr");
        writer.Empty("cantSplit");
        writer.End();

        writer.Start("tc");
        writer.Start("tcPr");
        writer.Width("tcW", left);
        writer.End();
        var position = new ParagraphFormat { KeepLines = true, KeepNext = context.KeepWithNext };
        foreach (var line in block.PositionLines)
        {
            writer.Paragraph(position, line);
        }

        writer.End();

        writer.Start("tc");
        writer.Start("tcPr");
        writer.Width("tcW", right);
        writer.Value("vAlign", "bottom");
        writer.End();
        writer.Paragraph(name, block.Name);
        writer.End();

        writer.End();
        writer.End();
    }
}
