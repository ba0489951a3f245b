namespace Supervision.Rendering.Pdf.Fonts;

/// <summary>The four faces of a font family an act is set in.</summary>
internal enum FontFace
{
    /// <summary>Upright, normal weight: the text.</summary>
    Regular,

    /// <summary>Upright, bold: headings, the addressee, emphasis.</summary>
    Bold,

    /// <summary>Slanted, normal weight.</summary>
    Italic,

    /// <summary>Slanted, bold.</summary>
    BoldItalic,
}

/// <summary>Facts about faces.</summary>
internal static class FontFaces
{
    /// <summary>Every face, in the order of the enum.</summary>
    public static IReadOnlyList<FontFace> All { get; } = [FontFace.Regular, FontFace.Bold, FontFace.Italic, FontFace.BoldItalic];

    /// <summary>The face of a bold and italic combination.</summary>
    public static FontFace Of(bool bold, bool italic) => (bold, italic) switch
    {
        (false, false) => FontFace.Regular,
        (true, false) => FontFace.Bold,
        (false, true) => FontFace.Italic,
        _ => FontFace.BoldItalic,
    };
}
