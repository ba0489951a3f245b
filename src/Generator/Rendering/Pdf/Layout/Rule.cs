namespace Supervision.Rendering.Pdf.Layout;

/// <summary>A straight line drawn on the page (a table border), in points.</summary>
internal sealed record Rule(double X1, double Y1, double X2, double Y2, double Thickness);
