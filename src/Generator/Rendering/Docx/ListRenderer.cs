using Supervision.Document;

namespace Supervision.Rendering.Docx;

/// <summary>
/// Writes a <see cref="ListBlock"/> as paragraphs of the text, one per item, the marker ("1.", "–") and a
/// space at the start of the indented first line, as acts number their demands. The markers are text,
/// not Word numbering: what is printed is what the model says, and reads back the same.
/// </summary>
internal sealed class ListRenderer : DocxBlockRenderer<ListBlock>
{
    protected override void Write(DocxWriter writer, ListBlock block, in BlockContext context)
    {
        for (var index = 0; index < block.Items.Count; index++)
        {
            var format = index == block.Items.Count - 1 ? context.Last(ParagraphFormat.Text) : ParagraphFormat.Text;
            writer.StartParagraph(format);
            writer.Run(block.Marker(index) + " ", default);
            InlineRenderer.Write(writer, block.Items[index], default);
            writer.EndParagraph();
        }
    }
}
