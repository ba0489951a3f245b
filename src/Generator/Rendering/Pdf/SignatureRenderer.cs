using Supervision.Document;
using Supervision.Rendering.Pdf.Layout;

namespace Supervision.Rendering.Pdf;

/// <summary>
/// The signature as the DOCX sets it: the position and class rank in the left column (up to
/// <see cref="PageLayout.SignatureNameStart"/>), line by line; the initial and surname flush right in the
/// rest, standing on the last position line. Never split, kept on one page with the last two lines
/// before it and with the executor line after it.
/// </summary>
internal static class SignatureRenderer
{
    public static BlockLayout Measure(SignatureBlock signature, int block, LayoutContext context)
    {
        var page = context.Page;
        var lineHeight = context.BodyLineHeight;
        var nameLeft = page.Left + (page.TextWidth * PageLayout.SignatureNameStart);
        var position = new TextFormat(Alignment.Left, page.Left, nameLeft - page.Left, page.BodySize);
        var lines = new List<LaidOutLine>();
        var top = RightHalfLines.Stack(signature.PositionLines, position, LineKind.Signature, block, context, lines);
        var nameFormat = lines.Count == 0
            ? new TextFormat(Alignment.Right, page.Left, page.TextWidth, page.BodySize)
            : new TextFormat(Alignment.Right, nameLeft, page.Right - nameLeft, page.BodySize);
        var name = TextSetter.Set(signature.Name, nameFormat, LineKind.Signature, block, signature.PositionLines.Count, context.Metrics);
        var nameHeight = name.Count * lineHeight;
        var nameTop = Math.Max(0, top - nameHeight);
        lines.AddRange(name.Select(line => line with { Baseline = line.Baseline + nameTop }));
        return new BlockLayout([new LayoutItem(Math.Max(top, nameHeight), lines)], KeepWithPrevious: true);
    }
}
