using Supervision.Document;
using Supervision.Rendering.Pdf.Layout;

namespace Supervision.Rendering.Pdf;

/// <summary>The date and number on the left and the place on the right of one line; the place goes under them only when both do not fit.</summary>
internal static class RequisitesRenderer
{
    private const double MinimumGap = 12;

    public static BlockLayout Measure(RequisitesBlock requisites, int block, LayoutContext context)
    {
        var page = context.Page;
        var left = TextSetter.Set(requisites.Left, new TextFormat(Alignment.Left, page.Left, page.TextWidth, page.BodySize), LineKind.Requisites, block, 0, context.Metrics);
        var right = TextSetter.Set(requisites.Right, new TextFormat(Alignment.Right, page.Left, page.TextWidth, page.BodySize), LineKind.Requisites, block, 1, context.Metrics);
        var lineHeight = context.BodyLineHeight;
        var overlap = left.Zip(right).Any(pair => pair.First.Runs.Count > 0 && pair.Second.Runs.Count > 0 && pair.First.Right + MinimumGap > pair.Second.Left);
        var shift = overlap ? left.Count * lineHeight : 0;
        var lines = left.Concat(right.Select(line => line with { Baseline = line.Baseline + shift })).ToList();
        var count = overlap ? left.Count + right.Count : Math.Max(left.Count, right.Count);
        return new BlockLayout([new LayoutItem(count * lineHeight, lines)]);
    }
}
