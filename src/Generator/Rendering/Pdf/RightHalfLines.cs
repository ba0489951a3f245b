using Supervision.Document;
using Supervision.Rendering.Pdf.Layout;

namespace Supervision.Rendering.Pdf;

/// <summary>
/// Lines set flush left from the middle of the text width, each wrapping inside the right half: the
/// addressee and the approval stamp. The signature stacks its position lines and sets its name in the
/// right half with the same <see cref="Stack"/> and <see cref="Column"/>.
/// </summary>
internal static class RightHalfLines
{
    public static LayoutItem Measure(IReadOnlyList<IReadOnlyList<Inline>> given, bool bold, LineKind kind, int block, LayoutContext context)
    {
        var lines = new List<LaidOutLine>();
        var height = Stack(given, Column(context.Page, Alignment.Left, bold), kind, block, context, lines);
        return new LayoutItem(height, lines);
    }

    /// <summary>The right half of the text width, from the middle to the right margin, in the body size.</summary>
    public static TextFormat Column(PageGeometry page, Alignment alignment, bool bold = false) =>
        new(alignment, page.RightBlockLeft, page.Right - page.RightBlockLeft, page.BodySize, Bold: bold);

    /// <summary>
    /// Sets each given line in a format, each starting one body line below where the one before ended,
    /// adds them to <paramref name="lines"/> and returns their height; each line's part is its index
    /// after <paramref name="firstPart"/>.
    /// </summary>
    public static double Stack(IReadOnlyList<IReadOnlyList<Inline>> given, TextFormat format, LineKind kind, int block, LayoutContext context, List<LaidOutLine> lines, int firstPart = 0)
    {
        var lineHeight = context.BodyLineHeight;
        var top = 0.0;
        for (var index = 0; index < given.Count; index++)
        {
            var set = TextSetter.Set(given[index], format, kind, block, firstPart + index, context.Metrics);
            lines.AddRange(set.Select(line => line with { Baseline = line.Baseline + top }));
            top += set.Count * lineHeight;
        }

        return top;
    }
}
