using PdfSharp.Fonts;
using Supervision.Rendering.Pdf.Fonts;

namespace Supervision.Rendering.Pdf;

/// <summary>
/// The fonts PDF acts are set in. Call <see cref="EnsureAvailable"/> at start-up: it finds a serif family
/// whose four faces carry every Kazakh and Russian letter (searching the folder in the
/// <c>SUPERVISION_FONTS_DIR</c> environment variable, then Debian's fonts-liberation2, fonts-paratype and
/// fonts-dejavu folders), and hands it to PDFsharp. Fonts are loaded by file, never by family name.
/// </summary>
public static class PdfFonts
{
    private static readonly Lock Gate = new();
    private static FontSet? _current;

    /// <summary>The family in use and its folder, e.g. "Liberation Serif (/usr/share/fonts/truetype/liberation2)".</summary>
    /// <exception cref="InvalidOperationException">No usable font is installed; the message names the package to install.</exception>
    public static string Description => Current.ToString();

    /// <summary>
    /// Searches only these folders for the fonts, neither <c>SUPERVISION_FONTS_DIR</c> nor the system's (the
    /// service's setting <c>Pdf:FontFolders</c>): for a machine whose fonts live elsewhere, and to see how the
    /// service behaves without them. Call before the first PDF; a font set already found is forgotten.
    /// </summary>
    public static void SearchOnly(IReadOnlyList<string> folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        lock (Gate)
        {
            FontCandidates.Only = [.. folders];
            Volatile.Write(ref _current, null);
        }
    }

    /// <summary>Checks that a font carrying every character the templates can print is installed, and sets it up for PDFsharp.</summary>
    /// <exception cref="InvalidOperationException">
    /// No configured font covers every Kazakh and Russian letter: the message says to run
    /// <c>apt-get install fonts-liberation2</c> or to set <c>SUPERVISION_FONTS_DIR</c>, and what each font found lacks.
    /// </exception>
    public static void EnsureAvailable() => _ = Current;

    /// <summary>
    /// Whether the PDF's font draws a character (a Unicode code point) in each of its faces, for the validator
    /// to refuse text that would silently vanish from the issued PDF. Ask once per act: the answer holds the
    /// font set. Where no font is installed (a machine that validates but cannot print PDF), only the
    /// characters every acceptable font must carry (the Kazakh and Russian alphabets, ASCII and the acts'
    /// punctuation) count as drawable: a narrower answer than the real font's, never a wider one.
    /// </summary>
    public static Func<int, bool> Drawable()
    {
        try
        {
            return Current.DrawsInEveryFace;
        }
        catch (FontsUnavailableException)
        {
            return RequiredCharacters.Contains;
        }
    }

    /// <summary>The located fonts, set up for PDFsharp on first use. A failure is not remembered: installing the package and calling again works.</summary>
    internal static FontSet Current
    {
        get
        {
            if (Volatile.Read(ref _current) is { } fonts)
            {
                return fonts;
            }

            lock (Gate)
            {
                if (_current is null)
                {
                    var located = FontLocator.Locate(FontCandidates.Folders());
                    GlobalFontSettings.FontResolver = new ActFontResolver(located);
                    Volatile.Write(ref _current, located);
                }

                return _current!;
            }
        }
    }
}
