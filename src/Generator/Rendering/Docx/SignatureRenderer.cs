using Supervision.Document;

namespace Supervision.Rendering.Docx;

/// <summary>
/// Writes a <see cref="SignatureBlock"/> as paragraphs in the style <see cref="StyleId"/>, as the PDF sets
/// it: each position line at the left margin, wrapping before <see cref="PageLayout.SignatureNameStart"/>
/// (a right indent of the name column's width); the last line (the class rank) over the whole text width
/// with a right tab stop at the right margin, where the initial and surname stand after a tab. Every
/// paragraph keeps its lines together and keeps with the next, and the last keeps with the block after
/// it (the executor line) when <see cref="PageLayout.KeepsTogether"/> asks: plain paragraphs, because
/// LibreOffice ignores keep-with-next inside a table row, where Word honours it. The paragraph before
/// the signature is kept with it by <see cref="BodyRenderer"/>.
/// </summary>
internal sealed class SignatureRenderer : DocxBlockRenderer<SignatureBlock>
{
    /// <summary>The paragraph style of the signature's lines (Word's built-in "Signature", defined in <see cref="StylesPart"/>).</summary>
    public const string StyleId = "Signature";

    private static readonly ParagraphFormat Line = new() { Style = StyleId, KeepNext = true, KeepLines = true };

    protected override void Write(DocxWriter writer, SignatureBlock block, in BlockContext context)
    {
        var last = context.Last(Line with { KeepNext = false });
        if (block.PositionLines.Count == 0)
        {
            writer.Paragraph(last with { Alignment = Alignment.Right }, block.Name);
            return;
        }

        var position = Line with { RightIndent = Twips.TextWidth - Twips.SignatureNameStart };
        for (var index = 0; index < block.PositionLines.Count - 1; index++)
        {
            writer.Paragraph(position, block.PositionLines[index]);
        }

        writer.TabbedParagraph(last with { RightTab = Twips.TextWidth }, block.PositionLines[^1], block.Name);
    }
}
