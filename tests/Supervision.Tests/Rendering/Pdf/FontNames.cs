namespace Supervision.Tests.Rendering.Pdf;

/// <summary>
/// A PDF font's face, whichever way the file names it: the files written now use the face's PostScript name
/// ("AAAAAA+LiberationSerif-Bold"), PDFsharp the family and the style ("AAAAAA+Liberation Serif,Bold"). The subset
/// tag before '+' is a hash of the file and is left out.
/// </summary>
internal static class FontNames
{
    /// <summary>"LiberationSerif-Bold" for either name of the bold face.</summary>
    public static string Face(string? font) =>
        font is null ? string.Empty : font[(font.IndexOf('+', StringComparison.Ordinal) + 1)..].Replace(" ", string.Empty, StringComparison.Ordinal).Replace(',', '-');
}
