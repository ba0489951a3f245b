using Supervision.Document;
using Supervision.Rendering.Pdf.Layout;

namespace Supervision.Rendering.Pdf;

/// <summary>A list: each item a justified paragraph with its number or dash at the start of the indented first line.</summary>
internal static class ListRenderer
{
    public static BlockLayout Measure(ListBlock list, int block, LayoutContext context)
    {
        var page = context.Page;
        var format = new TextFormat(Alignment.Justify, page.Left, page.TextWidth, page.BodySize, page.Indent);
        var items = new List<LayoutItem>();
        for (var index = 0; index < list.Items.Count; index++)
        {
            var label = list.Marker(index) + " ";
            Inline[] inlines = [new TextRun(label), .. list.Items[index]];
            var lines = TextSetter.Set(inlines, format, LineKind.Text, block, index, context.Metrics)
                .Select(line => line with { Role = line.Role with { Cell = 1, Label = line.Role.IsFirst ? label.Length : 0 } })
                .ToList();
            var first = items.Count;
            items.AddRange(LayoutContext.Splittable(lines, context.BodyLineHeight));
            items[first] = items[first] with { CanBreakBefore = true };
        }

        return new BlockLayout(items);
    }
}
