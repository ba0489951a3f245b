using Supervision.Document;

namespace Supervision.Rendering.Docx;

/// <summary>
/// Writes a <see cref="Paragraph"/>: aligned as given (justified by default), the first line indented
/// 1.25 cm when asked, in the small size when asked, kept with the next block when asked or when the
/// signature follows.
/// </summary>
internal sealed class ParagraphRenderer : DocxBlockRenderer<Paragraph>
{
    protected override void Write(DocxWriter writer, Paragraph block, in BlockContext context)
    {
        var format = new ParagraphFormat
        {
            Alignment = block.Alignment,
            FirstLineIndent = block.FirstLineIndent ? Twips.FirstLineIndent : 0,
            KeepNext = block.KeepWithNext,
            Small = block.Small,
        };
        writer.Paragraph(context.Last(format), block.Inlines, new RunFormat(Small: block.Small));
    }
}
