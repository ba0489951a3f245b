using Supervision.Document;
using Supervision.Rendering.Pdf.Layout;

namespace Supervision.Rendering.Pdf;

/// <summary>Lines set flush left from the middle of the text width, each wrapping inside the right half: the addressee and the approval stamp.</summary>
internal static class RightHalfLines
{
    public static LayoutItem Measure(IReadOnlyList<IReadOnlyList<Inline>> given, bool bold, LineKind kind, int block, LayoutContext context)
    {
        var page = context.Page;
        var format = new TextFormat(Alignment.Left, page.RightBlockLeft, page.Right - page.RightBlockLeft, page.BodySize, Bold: bold);
        var lineHeight = context.BodyLineHeight;
        var lines = new List<LaidOutLine>();
        var top = 0.0;
        for (var index = 0; index < given.Count; index++)
        {
            var set = TextSetter.Set(given[index], format, kind, block, index, context.Metrics);
            lines.AddRange(set.Select(line => line with { Baseline = line.Baseline + top }));
            top += set.Count * lineHeight;
        }

        return new LayoutItem(top, lines);
    }
}
