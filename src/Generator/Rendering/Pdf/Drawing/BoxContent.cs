using Supervision.Rendering.Pdf.Layout;

namespace Supervision.Rendering.Pdf.Drawing;

/// <summary>
/// Writes a page's filled rectangles (the verification mark's QR code) after its text and rules: one path of
/// <c>re</c> operators filled black at once, in a graphics state of its own. Drawn apart from
/// <see cref="PageContent"/>'s imitation of PDFsharp, so that what PDFsharp appends when its graphics object
/// closes still fits: where a text object is open it is ended for the path and opened again after it.
/// </summary>
internal static class BoxContent
{
    /// <summary>Decimals of a position, as PDFsharp writes them.</summary>
    private const int Coordinates = 4;

    /// <param name="output">The page's content.</param>
    /// <param name="boxes">The rectangles.</param>
    /// <param name="pageHeight">The page's height, to turn y from the top into PDF's y from the bottom.</param>
    /// <param name="inText">Whether a text object is open.</param>
    /// <param name="figure">The operator opening the figure's marked-content sequence on a tagged page; it
    /// is opened and closed outside the text object, as marked content must nest within it or around it.</param>
    public static void Write(ContentBuffer output, IReadOnlyList<Box> boxes, double pageHeight, bool inText, byte[]? figure = null)
    {
        if (boxes.Count == 0)
        {
            return;
        }

        if (inText)
        {
            output.Append("ET\n"u8);
        }

        if (figure is not null)
        {
            output.Append(figure);
        }

        output.Append("q\n0 0 0 rg\n"u8);
        foreach (var box in boxes)
        {
            output.Append(box.X, Coordinates).Append((byte)' ')
                .Append(pageHeight - box.Y - box.Height, Coordinates).Append((byte)' ')
                .Append(box.Width, Coordinates).Append((byte)' ')
                .Append(box.Height, Coordinates).Append(" re\n"u8);
        }

        output.Append("f\nQ\n"u8);
        if (figure is not null)
        {
            output.Append("EMC\n"u8);
        }

        if (inText)
        {
            output.Append("BT\n"u8);
        }
    }

    /// <summary>The bytes the rectangles take, roughly.</summary>
    public static int EstimateLength(IReadOnlyList<Box> boxes) => 32 + (boxes.Count * 40);
}
