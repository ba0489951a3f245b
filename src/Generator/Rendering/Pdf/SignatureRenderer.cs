using Supervision.Document;
using Supervision.Rendering.Pdf.Fonts;
using Supervision.Rendering.Pdf.Layout;

namespace Supervision.Rendering.Pdf;

/// <summary>
/// The signature: position and class rank flush left, line by line; the initial and surname flush right
/// on the last of them. Never split, and kept on one page with the last two lines before it.
/// </summary>
internal static class SignatureRenderer
{
    public static BlockLayout Measure(SignatureBlock signature, int block, LayoutContext context)
    {
        var page = context.Page;
        var size = page.BodySize;
        var lineHeight = context.BodyLineHeight;
        var nameWidth = InlineWidth(signature.Name, context);
        var gap = size;
        var positionWidth = Math.Max(page.TextWidth / 2, page.TextWidth - nameWidth - gap);
        var format = new TextFormat(Alignment.Left, page.Left, positionWidth, size);

        var lines = new List<LaidOutLine>();
        var top = 0.0;
        for (var index = 0; index < signature.PositionLines.Count; index++)
        {
            var set = TextSetter.Set(signature.PositionLines[index], format, LineKind.Signature, block, index, context.Metrics);
            lines.AddRange(set.Select(line => line with { Baseline = line.Baseline + top }));
            top += set.Count * lineHeight;
        }

        var name = TextSetter.Set(signature.Name, new TextFormat(Alignment.Right, page.Left, page.TextWidth, size), LineKind.Signature, block, signature.PositionLines.Count, context.Metrics);
        var nameTop = lines.Count > 0 && lines[^1].Right + gap <= name[0].Left ? top - lineHeight : top;
        lines.AddRange(name.Select(line => line with { Baseline = line.Baseline + nameTop }));
        var height = Math.Max(top, nameTop + (name.Count * lineHeight));
        return new BlockLayout([new LayoutItem(height, lines)], KeepWithPrevious: true);
    }

    private static double InlineWidth(IEnumerable<Inline> inlines, LayoutContext context) =>
        inlines.OfType<TextRun>().Sum(run => context.Measure(run.Text, FontFaces.Of(run.Bold, run.Italic), context.Page.BodySize));
}
