using Supervision.Rendering.Pdf.Fonts;

namespace Supervision.Rendering.Pdf.Layout;

/// <summary>
/// Text drawn in one face from one point: a word of a justified line, or a stretch of a line set as it
/// comes. <paramref name="Text"/> may end in a space that is drawn only so that a reader copying the text
/// gets the space; <paramref name="Width"/> is the width of what is seen, without it.
/// </summary>
/// <param name="X">Left edge, in points from the page's left edge.</param>
/// <param name="Text">The characters to draw.</param>
/// <param name="Face">The face.</param>
/// <param name="Size">The size in points.</param>
/// <param name="Width">The visible width in points.</param>
internal sealed record GlyphRun(double X, string Text, FontFace Face, double Size, double Width)
{
    /// <summary>The right edge of what is seen.</summary>
    public double Right => X + Width;
}
