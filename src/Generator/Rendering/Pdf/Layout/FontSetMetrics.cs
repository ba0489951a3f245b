using Supervision.Rendering.Pdf.Fonts;

namespace Supervision.Rendering.Pdf.Layout;

/// <summary>
/// Metrics read from the font files themselves, so a measured line is as wide as the PDF draws it and
/// as tall as Word sets it (the line gap above the ascent).
/// </summary>
internal sealed class FontSetMetrics(FontSet fonts) : ITypeMetrics
{
    private readonly TrueTypeFont _regular = fonts[FontFace.Regular];

    /// <inheritdoc/>
    public int Advance(char c, FontFace face) => fonts[face].Advance(c);

    /// <inheritdoc/>
    public double AscentEm => (double)(_regular.Leading + _regular.Ascent) / _regular.UnitsPerEm;

    /// <inheritdoc/>
    public double LineHeightEm => (double)(_regular.Leading + _regular.Ascent + _regular.Descent) / _regular.UnitsPerEm;
}
