using Supervision.Rendering.Pdf.Fonts;
using Supervision.Rendering.Pdf.Layout;

namespace Supervision.Tests.Rendering.Pdf;

/// <summary>Metrics where every letter is half an em and a space a quarter: line and page breaks can be counted by hand.</summary>
internal sealed class FixedMetrics : ITypeMetrics
{
    public static FixedMetrics Instance { get; } = new();

    public int Advance(char c, FontFace face) => c == ' ' ? 250 : 500;

    public double AscentEm => 0.9;

    public double LineHeightEm => 1.2;

    /// <summary>Body lines per page: 257 mm of body at 16.8 pt a line.</summary>
    public static int LinesPerPage => (int)(PageGeometry.Official.BodyHeight / (1.2 * PageGeometry.Official.BodySize));
}
