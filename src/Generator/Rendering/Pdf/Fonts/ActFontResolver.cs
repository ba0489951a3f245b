using PdfSharp.Fonts;

namespace Supervision.Rendering.Pdf.Fonts;

/// <summary>
/// Hands PDFsharp the four faces of the located family by their bytes: whatever family name a drawing
/// asks for, it gets the act's font, so nothing is ever looked up by name on the system.
/// </summary>
internal sealed class ActFontResolver(FontSet fonts) : IFontResolver
{
    /// <summary>The family name the drawing code asks PDFsharp for.</summary>
    public const string FamilyName = "Supervision Act Serif";

    private const string FacePrefix = "supervision-act-";

    /// <summary>The fonts handed out.</summary>
    public FontSet Fonts { get; } = fonts;

    /// <inheritdoc/>
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(FacePrefix + FontFaces.Of(bold, italic));

    /// <inheritdoc/>
    public byte[]? GetFont(string faceName) =>
        faceName.StartsWith(FacePrefix, StringComparison.Ordinal) && Enum.TryParse<FontFace>(faceName[FacePrefix.Length..], out var face)
            ? Fonts[face].Data
            : null;
}
