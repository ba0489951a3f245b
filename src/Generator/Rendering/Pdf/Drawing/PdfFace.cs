using PdfSharp.Drawing;
using PdfSharp.Fonts;
using Supervision.Rendering.Pdf.Fonts;

namespace Supervision.Rendering.Pdf.Drawing;

/// <summary>
/// One face of the act's font as PDFsharp sees it, made once per process: the <see cref="XFont"/> that
/// names it to PDFsharp, the glyph PDFsharp draws for each character (asked of PDFsharp itself, once per
/// character), and a character it has no glyph for, to make PDFsharp set the face up on a page without
/// adding a glyph to the subset.
/// </summary>
internal sealed class PdfFace
{
    /// <summary>The size of <see cref="Font"/>; any size would do, the face is the same.</summary>
    private const double Size = 10;

    /// <summary>The glyphs of the Basic Multilingual Plane by 256-character page, each made when first drawn from; -1 where not yet asked.</summary>
    private readonly int[]?[] _pages = new int[]?[256];

    private PdfFace(FontFace face)
    {
        Font = FontCache.Get(face, Size);
        Probe = FindProbe(Font);
    }

    /// <summary>The face at some size.</summary>
    public XFont Font { get; }

    /// <summary>A character without a glyph in the face (PDFsharp leaves glyph 0 out of the subset).</summary>
    public string Probe { get; }

    /// <summary>The glyph PDFsharp's <c>DrawString</c> writes for a code point (0 where the face has none).</summary>
    public ushort Glyph(int codePoint)
    {
        if (codePoint > 0xFFFF)
        {
            return GlyphHelper.GlyphIndexFromCodePoint(codePoint, Font);
        }

        var page = Volatile.Read(ref _pages[codePoint >> 8]) ?? NewPage(codePoint >> 8);
        var glyph = Volatile.Read(ref page[codePoint & 0xFF]);
        if (glyph < 0)
        {
            glyph = GlyphHelper.GlyphIndexFromCodePoint(codePoint, Font);
            Volatile.Write(ref page[codePoint & 0xFF], glyph);
        }

        return (ushort)glyph;
    }

    private int[] NewPage(int index)
    {
        var page = new int[256];
        Array.Fill(page, -1);
        return Interlocked.CompareExchange(ref _pages[index], page, null) ?? page;
    }

    private static string FindProbe(XFont font)
    {
        for (var c = 0xFFFF; c >= 0xE000; c--)
        {
            if (GlyphHelper.GlyphIndexFromCodePoint(c, font) == 0)
            {
                return ((char)c).ToString();
            }
        }

        throw new InvalidOperationException("The font has a glyph for every character from U+E000 to U+FFFF; no character is left to set it up with.");
    }

    /// <summary>The four faces, made on first use, after <see cref="PdfFonts"/> has handed the font to PDFsharp.</summary>
    public static PdfFace Of(FontFace face) => Faces[(int)face].Value;

    /// <summary>
    /// Whether page content can be written by <see cref="PageContent"/>: PDFsharp draws a symbol font's
    /// text differently, and then <see cref="PageDrawer"/> draws through PDFsharp itself.
    /// </summary>
    public static bool WritesContent => LazyWritesContent.Value;

    private static readonly Lazy<PdfFace>[] Faces =
        [.. FontFaces.All.Select(face => new Lazy<PdfFace>(() => new PdfFace(face)))];

    private static readonly Lazy<bool> LazyWritesContent = new(() => FontFaces.All.All(face => !Of(face).Font.IsSymbolFont));
}
