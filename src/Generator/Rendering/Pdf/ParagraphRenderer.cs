using Supervision.Document;
using Supervision.Rendering.Pdf.Layout;

namespace Supervision.Rendering.Pdf;

/// <summary>A paragraph: justified (or as aligned) over the text width, the first line indented, small type for the executor line.</summary>
internal static class ParagraphRenderer
{
    public static BlockLayout Measure(Paragraph paragraph, int block, LayoutContext context)
    {
        var page = context.Page;
        var size = paragraph.Small ? page.SmallSize : page.BodySize;
        var format = new TextFormat(paragraph.Alignment, page.Left, page.TextWidth, size, paragraph.FirstLineIndent ? page.Indent : 0);
        var lines = TextSetter.Set(paragraph.Inlines, format, LineKind.Text, block, 0, context.Metrics);
        return new BlockLayout(LayoutContext.Splittable(lines, context.Metrics.LineHeight(size)), paragraph.KeepWithNext);
    }
}
