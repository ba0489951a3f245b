using PdfSharp.Drawing;
using Supervision.Rendering.Pdf.Layout;

namespace Supervision.Rendering.Pdf.Drawing;

/// <summary>
/// Draws a laid-out page through PDFsharp's graphics object: every run at its baseline, the page number,
/// the rules. No measuring happens here. <see cref="PageContent"/> writes the same operators without
/// PDFsharp's cost per string; this drawing is what it is held to (and what draws a symbol font).
/// </summary>
internal static class PageDrawer
{
    public static void Draw(XGraphics graphics, LaidOutPage page)
    {
        ArgumentNullException.ThrowIfNull(graphics);
        ArgumentNullException.ThrowIfNull(page);
        if (page.Folio is { } folio)
        {
            DrawLine(graphics, folio);
        }

        foreach (var line in page.Lines)
        {
            DrawLine(graphics, line);
        }

        foreach (var rule in page.Rules)
        {
            graphics.DrawLine(new XPen(XColors.Black, rule.Thickness), rule.X1, rule.Y1, rule.X2, rule.Y2);
        }

        foreach (var box in page.Boxes)
        {
            graphics.DrawRectangle(XBrushes.Black, box.X, box.Y, box.Width, box.Height);
        }
    }

    private static void DrawLine(XGraphics graphics, LaidOutLine line)
    {
        foreach (var run in line.Runs)
        {
            graphics.DrawString(run.Text, FontCache.Get(run.Face, run.Size), XBrushes.Black, run.X, line.Baseline, XStringFormats.BaseLineLeft);
        }
    }
}
