using System.Text;
using PdfSharp.Pdf;
using Supervision.Rendering.Pdf.Fonts;

namespace Supervision.Rendering.Pdf.Drawing;

/// <summary>
/// The faces a document draws, in the order PDFsharp made their font objects, and the characters drawn
/// in each, in the order they were first drawn: PDFsharp records them in that order when it draws a
/// string, and where two characters share a glyph the order decides which one the ToUnicode map gives back.
/// </summary>
internal sealed class DocumentFonts
{
    /// <summary>Where the bitmap of code points seen ends: past the letters of both languages, punctuation, dashes and №.</summary>
    private const int BitmapEnd = 0x2200;

    private readonly List<FontFace> _faces = new(FontFaces.All.Count);
    private readonly List<int>?[] _drawn = new List<int>?[FontFaces.All.Count];

    /// <summary>
    /// The code points below <see cref="BitmapEnd"/> already noted, a bit each: a face is asked for every
    /// character drawn, and a set of integers was some 4 % of writing a PDF. Above it, a set (<see cref="_seen"/>).
    /// </summary>
    private readonly ulong[]?[] _seenBits = new ulong[]?[FontFaces.All.Count];
    private readonly HashSet<int>?[] _seen = new HashSet<int>?[FontFaces.All.Count];
    private readonly List<ushort>?[] _glyphs = new List<ushort>?[FontFaces.All.Count];

    /// <summary>The faces, in the order their font objects were made.</summary>
    public IReadOnlyList<FontFace> Faces => _faces;

    /// <summary>Notes that PDFsharp has made a face's font object (the first page drawing the face set it up).</summary>
    public void Made(FontFace face)
    {
        if (!_faces.Contains(face))
        {
            _faces.Add(face);
        }
    }

    /// <summary>Notes a drawn code point and its glyph; glyph 0 (none) is not embedded, as in PDFsharp.</summary>
    public void Add(FontFace face, int codePoint, ushort glyph)
    {
        if (glyph == 0 || !FirstTime(face, codePoint))
        {
            return;
        }

        (_drawn[(int)face] ??= new List<int>(128)).Add(codePoint);
        (_glyphs[(int)face] ??= new List<ushort>(128)).Add(glyph);
    }

    /// <summary>Notes the code point as seen in the face; false if it was already.</summary>
    private bool FirstTime(FontFace face, int codePoint)
    {
        if (codePoint >= BitmapEnd)
        {
            return (_seen[(int)face] ??= new HashSet<int>()).Add(codePoint);
        }

        ref var word = ref (_seenBits[(int)face] ??= new ulong[BitmapEnd / 64])[codePoint >> 6];
        var bit = 1UL << (codePoint & 63);
        if ((word & bit) != 0)
        {
            return false;
        }

        word |= bit;
        return true;
    }

    /// <summary>The code points drawn in a face that have a glyph, in the order first drawn.</summary>
    public IReadOnlyList<int> Drawn(FontFace face) => _drawn[(int)face] ?? [];

    /// <summary>The glyph of each of <see cref="Drawn"/>, in the same order.</summary>
    public IReadOnlyList<ushort> DrawnGlyphs(FontFace face) => _glyphs[(int)face] ?? [];

    /// <summary>The glyphs drawn in a face, in ascending order, each once.</summary>
    public ushort[] Glyphs(FontFace face)
    {
        if (_glyphs[(int)face] is not { Count: > 0 } drawn)
        {
            return [];
        }

        var glyphs = drawn.ToArray();
        Array.Sort(glyphs);
        var count = 1;
        for (var index = 1; index < glyphs.Length; index++)
        {
            if (glyphs[index] != glyphs[count - 1])
            {
                glyphs[count++] = glyphs[index];
            }
        }

        return count == glyphs.Length ? glyphs : glyphs[..count];
    }

    /// <summary>Hands each face's characters to PDFsharp, whose font objects the drawing has already made.</summary>
    public void AddTo(PdfDocument pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var text = new StringBuilder();
        foreach (var face in _faces)
        {
            if (_drawn[(int)face] is not { } drawn)
            {
                continue;
            }

            var font = PdfFace.Of(face).Font;
            text.Clear();
            foreach (var codePoint in drawn)
            {
                if (codePoint is >= 0xD800 and <= 0xDFFF)
                {
                    // A lone surrogate only stays itself in a string of its own.
                    Flush(pdf, font, text);
                    pdf.AddCharacters(font, ((char)codePoint).ToString());
                    continue;
                }

                text.Append(char.ConvertFromUtf32(codePoint));
            }

            Flush(pdf, font, text);
        }
    }

    private static void Flush(PdfDocument pdf, PdfSharp.Drawing.XFont font, StringBuilder text)
    {
        if (text.Length > 0)
        {
            pdf.AddCharacters(font, text.ToString());
            text.Clear();
        }
    }
}
