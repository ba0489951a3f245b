using Supervision.Document;

namespace Supervision.Rendering.Docx;

/// <summary>
/// Writes a <see cref="Heading"/> in bold, kept with the block after it, with the outline level that
/// lists it in Word's navigation pane: levels 1 (the document type, in capitals as the template wrote
/// it) and 2 centred, level 3 left-aligned with the text's first-line indent.
/// </summary>
internal sealed class HeadingRenderer : DocxBlockRenderer<Heading>
{
    protected override void Write(DocxWriter writer, Heading block, in BlockContext context)
    {
        var format = block.Level <= 2
            ? new ParagraphFormat { Alignment = Alignment.Center }
            : new ParagraphFormat { FirstLineIndent = Twips.FirstLineIndent };
        format = format with { KeepNext = true, KeepLines = true, OutlineLevel = Math.Clamp(block.Level, 1, 9) - 1 };
        writer.Paragraph(context.Last(format), block.Inlines, new RunFormat(Bold: true));
    }
}
