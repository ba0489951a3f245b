using Supervision.Document;

namespace Supervision.Rendering.Docx;

/// <summary>
/// Writes a <see cref="RequisitesBlock"/> as one paragraph: the date and number at the left margin, a tab,
/// and the place against the right margin (a right tab stop there). The tab is what a reader copying
/// the line gets, as <see cref="PlainText"/> writes it.
/// </summary>
internal sealed class RequisitesRenderer : DocxBlockRenderer<RequisitesBlock>
{
    protected override void Write(DocxWriter writer, RequisitesBlock block, in BlockContext context)
    {
        writer.TabbedParagraph(context.Last(new ParagraphFormat { RightTab = Twips.TextWidth }), block.Left, block.Right);
    }
}
