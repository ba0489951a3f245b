namespace Supervision.Rendering.Pdf.Layout;

/// <summary>A black rectangle filled on the page (a run of a QR code's dark modules), in points, y from the top.</summary>
internal sealed record Box(double X, double Y, double Width, double Height);
