using Supervision.Document;
using Supervision.Rendering.Pdf.Layout;
using Supervision.Rendering.Qr;

namespace Supervision.Rendering.Pdf;

/// <summary>
/// The verification mark at the foot of the last page: the QR code of its address at the left margin, drawn
/// as filled rectangles (runs of dark modules merged), and beside it, in small type, the token, the address
/// and, on a signed act, the e-document sentence and the signer. One item, never split, standing on the
/// bottom margin and kept on the page of the last two items before it, so that it never stands alone on a
/// page: when the last page has no room, the text before it moves over with it.
/// </summary>
internal static class VerificationMarkRenderer
{
    public static BlockLayout Measure(VerificationMark mark, int block, LayoutContext context)
    {
        var page = context.Page;
        var symbol = QrSymbol.Of(mark.Url);
        var side = PageGeometry.Points(PageLayout.QrSideMm);
        var module = side / symbol.Size;
        var boxes = symbol.Rectangles()
            .Select(box => new Box(page.Left + (box.Column * module), box.Row * module, box.Width * module, box.Height * module) { Block = block })
            .ToList();

        // The lines start level with the code's first dark row, past its quiet zone.
        var textLeft = page.Left + side + PageGeometry.Points(PageLayout.QrGapMm);
        var format = new TextFormat(Alignment.Left, textLeft, page.Right - textLeft, PageLayout.MarkFontSizePt);
        var lineHeight = context.Metrics.LineHeight(format.Size);
        var top = QrSymbol.QuietZone * module;
        var lines = new List<LaidOutLine>();
        var texts = VerificationWording.Lines(mark, context.Culture);
        for (var part = 0; part < texts.Count; part++)
        {
            // Every text line is part 1 of the block, its text (part 0 is the code: see Structure.StructureTags).
            var set = TextSetter.Set([new TextRun(texts[part])], format, LineKind.Verification, block, 1, context.Metrics);
            lines.AddRange(set.Select(line => line with { Baseline = line.Baseline + top }));
            top += set.Count * lineHeight;
        }

        var item = new LayoutItem(Math.Max(side, top), lines) { Boxes = boxes, AtFoot = true };
        return new BlockLayout([item], KeepWithPrevious: true);
    }
}
