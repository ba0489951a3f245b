using Supervision.Document;

namespace Supervision.Rendering.Pdf.Layout;

/// <summary>The measures of <see cref="PageLayout"/> in PDF points (1/72 inch), y growing downwards from the top edge.</summary>
internal sealed record PageGeometry
{
    /// <summary>The geometry of an official document.</summary>
    public static PageGeometry Official { get; } = new();

    /// <summary>Page width.</summary>
    public double PageWidth { get; init; } = Points(PageLayout.PageWidthMm);

    /// <summary>Page height.</summary>
    public double PageHeight { get; init; } = Points(PageLayout.PageHeightMm);

    /// <summary>The left edge of the text.</summary>
    public double Left { get; init; } = Points(PageLayout.MarginLeftMm);

    /// <summary>The top of the text.</summary>
    public double Top { get; init; } = Points(PageLayout.MarginTopMm);

    /// <summary>The width of the text.</summary>
    public double TextWidth { get; init; } = Points(PageLayout.TextWidthMm);

    /// <summary>The height the text may fill on a page.</summary>
    public double BodyHeight { get; init; } = Points(PageLayout.PageHeightMm - PageLayout.MarginTopMm - PageLayout.MarginBottomMm);

    /// <summary>The top of the page number's line.</summary>
    public double FolioTop { get; init; } = Points(PageLayout.PageNumberTopMm);

    /// <summary>The first-line indent.</summary>
    public double Indent { get; init; } = Points(PageLayout.FirstLineIndentMm);

    /// <summary>The body type size.</summary>
    public double BodySize { get; init; } = PageLayout.FontSizePt;

    /// <summary>The small type size.</summary>
    public double SmallSize { get; init; } = PageLayout.SmallFontSizePt;

    /// <summary>The right edge of the text.</summary>
    public double Right => Left + TextWidth;

    /// <summary>Where the right-half blocks (addressee, approval) start.</summary>
    public double RightBlockLeft => Left + (TextWidth * PageLayout.RightBlockStart);

    /// <summary>Millimetres in points.</summary>
    public static double Points(double millimetres) => millimetres * 72 / 25.4;
}
