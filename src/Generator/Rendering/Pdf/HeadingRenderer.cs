using Supervision.Document;
using Supervision.Rendering.Pdf.Layout;

namespace Supervision.Rendering.Pdf;

/// <summary>A heading: bold; levels 1 and 2 centred, level 3 with the text's indent. Never split, always kept with the next block.</summary>
internal static class HeadingRenderer
{
    public static BlockLayout Measure(Heading heading, int block, LayoutContext context)
    {
        var page = context.Page;
        var format = heading.Level <= 2
            ? new TextFormat(Alignment.Center, page.Left, page.TextWidth, page.BodySize, Bold: true)
            : new TextFormat(Alignment.Left, page.Left, page.TextWidth, page.BodySize, page.Indent, Bold: true);
        var lines = TextSetter.Set(heading.Inlines, format, LineKind.Heading, block, 0, context.Metrics);
        return new BlockLayout(LayoutContext.KeptTogether(lines, context.BodyLineHeight), KeepWithNext: true);
    }
}
