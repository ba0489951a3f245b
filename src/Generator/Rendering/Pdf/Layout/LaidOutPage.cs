namespace Supervision.Rendering.Pdf.Layout;

/// <summary>A page as it will be drawn: every line at its place, the page number apart.</summary>
/// <param name="Number">The page's number, from 1.</param>
/// <param name="Lines">The text lines, top to bottom.</param>
/// <param name="Rules">Table borders.</param>
/// <param name="Folio">The page number line at the top centre, from page 2 on.</param>
internal sealed record LaidOutPage(int Number, IReadOnlyList<LaidOutLine> Lines, IReadOnlyList<Rule> Rules, LaidOutLine? Folio)
{
    /// <summary>The filled rectangles (the QR code of the verification mark on the last page).</summary>
    public IReadOnlyList<Box> Boxes { get; init; } = [];
}
