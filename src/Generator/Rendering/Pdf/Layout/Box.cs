namespace Supervision.Rendering.Pdf.Layout;

/// <summary>A black rectangle filled on the page (a run of a QR code's dark modules), in points, y from the top.</summary>
internal sealed record Box(double X, double Y, double Width, double Height)
{
    /// <summary>The index of the block that draws it, which names its structure element (part 0 of the block's element).</summary>
    public int Block { get; init; } = -1;
}
