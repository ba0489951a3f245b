using Supervision.Document;

namespace Supervision.Rendering.Docx;

/// <summary>
/// <see cref="PageLayout"/>'s measures in WordprocessingML's units: twips (1/20 pt, 1/1440 inch) for
/// lengths, half-points for type sizes. Every number the DOCX renderer writes comes from here.
/// </summary>
internal static class Twips
{
    public static readonly int PageWidth = FromMm(PageLayout.PageWidthMm);
    public static readonly int PageHeight = FromMm(PageLayout.PageHeightMm);
    public static readonly int MarginLeft = FromMm(PageLayout.MarginLeftMm);
    public static readonly int MarginRight = FromMm(PageLayout.MarginRightMm);
    public static readonly int MarginTop = FromMm(PageLayout.MarginTopMm);
    public static readonly int MarginBottom = FromMm(PageLayout.MarginBottomMm);
    public static readonly int HeaderDistance = FromMm(PageLayout.PageNumberTopMm);
    public static readonly int FirstLineIndent = FromMm(PageLayout.FirstLineIndentMm);

    /// <summary>The text width: the page less its margins, so a right tab stop here is exactly at the right margin.</summary>
    public static readonly int TextWidth = PageWidth - MarginLeft - MarginRight;

    /// <summary>Where the addressee and approval blocks start.</summary>
    public static readonly int RightBlockStart = Round(TextWidth * PageLayout.RightBlockStart);

    /// <summary>Where the signature's name column starts.</summary>
    public static readonly int SignatureNameStart = Round(TextWidth * PageLayout.SignatureNameStart);

    /// <summary>The body type size in half-points (Times New Roman 14 is 28).</summary>
    public static readonly int FontSize = HalfPoints(PageLayout.FontSizePt);

    /// <summary>The small type size in half-points (12 pt is 24).</summary>
    public static readonly int SmallFontSize = HalfPoints(PageLayout.SmallFontSizePt);

    /// <summary>Twips of a length in millimetres.</summary>
    public static int FromMm(double millimetres) => Round(millimetres * 1440 / 25.4);

    /// <summary>
    /// Twips of a number of blank lines of the body type (<see cref="PageLayout.LinesBefore"/>), each
    /// <see cref="PageLayout.SingleLineEm"/> of the size: a line of 14 pt type is 16.1 pt (322 twips).
    /// </summary>
    public static int Lines(double lines) => Round(lines * PageLayout.FontSizePt * PageLayout.SingleLineEm * 20);

    private static int HalfPoints(double points) => Round(points * 2);

    private static int Round(double value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);
}
