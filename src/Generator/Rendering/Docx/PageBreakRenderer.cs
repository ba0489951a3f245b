using Supervision.Document;

namespace Supervision.Rendering.Docx;

/// <summary>
/// Writes a <see cref="PageBreak"/> as <c>w:pageBreakBefore</c> on the next paragraph rather than as a
/// paragraph of its own, which would leave an empty line at the top of the new page (and in the text).
/// A page break with nothing after it starts no page.
/// </summary>
internal sealed class PageBreakRenderer : DocxBlockRenderer<PageBreak>
{
    public override DocxShape Shape => DocxShape.Nothing;

    protected override void Write(DocxWriter writer, PageBreak block, in BlockContext context) =>
        writer.BreakPageBeforeNextParagraph();
}
