using System.Buffers.Binary;
using System.Text;

namespace Supervision.Rendering.Pdf.Fonts;

/// <summary>
/// What a PDF font descriptor (ISO 32000-1, 9.8) says of a TrueType face, read once from its tables: the
/// PostScript name ('name' 6), the bounding box ('head'), ascent and descent ('hhea'), cap and x heights
/// ('OS/2' version 2 on), the italic angle ('post'), the flags, and a stem width estimated from the weight
/// (the font file does not state one; a viewer uses it only to fake the face when it cannot embed it). Heights are
/// in thousandths of an em, rounded; the descent is negative, below the baseline.
/// </summary>
internal sealed record FontDescription(
    string PostScriptName,
    int Flags,
    int[] BoundingBox,
    double ItalicAngle,
    int Ascent,
    int Descent,
    int CapHeight,
    int XHeight,
    int StemV)
{
    /// <summary>Flag 1: all glyphs have the same width.</summary>
    private const int FixedPitch = 1;

    /// <summary>Flag 2: the glyphs have serifs.</summary>
    private const int Serif = 2;

    /// <summary>Flag 6: the font uses characters outside the standard Latin set (not a symbol font).</summary>
    private const int Nonsymbolic = 32;

    /// <summary>Flag 7: the glyphs slant.</summary>
    private const int Italic = 64;

    /// <summary>Reads the description from a face's tables ('post' may be empty; an 'OS/2' before version 2 has no cap or x height).</summary>
    public static FontDescription Read(string postScriptName, int unitsPerEm, ReadOnlySpan<byte> head, ReadOnlySpan<byte> hhea, ReadOnlySpan<byte> os2, ReadOnlySpan<byte> post)
    {
        int Em(int units) => (int)Math.Round(units * 1000.0 / unitsPerEm, MidpointRounding.AwayFromZero);

        var box = new[] { Em(S16(head, 36)), Em(S16(head, 38)), Em(S16(head, 40)), Em(S16(head, 42)) };
        var ascent = Em(S16(hhea, 4));
        var descent = Em(S16(hhea, 6));
        var version = os2.Length >= 2 ? BinaryPrimitives.ReadUInt16BigEndian(os2) : 0;
        var capHeight = version >= 2 && os2.Length >= 90 ? Em(S16(os2, 88)) : ascent;
        var xHeight = version >= 2 && os2.Length >= 88 ? Em(S16(os2, 86)) : capHeight / 2;
        var weight = os2.Length >= 6 ? BinaryPrimitives.ReadUInt16BigEndian(os2[4..]) : 400;
        var familyClass = os2.Length >= 32 ? os2[30] : 0;
        var angle = post.Length >= 8 ? BinaryPrimitives.ReadInt32BigEndian(post[4..]) / 65536.0 : 0;
        var fixedPitch = post.Length >= 16 && BinaryPrimitives.ReadUInt32BigEndian(post[12..]) != 0;
        var flags = Nonsymbolic
            | (fixedPitch ? FixedPitch : 0)
            | (familyClass is >= 1 and <= 7 and not 6 ? Serif : 0)
            | (angle != 0 ? Italic : 0);

        // The estimate some PDF writers use for a face without a stated stem: 50 + (weight / 65)², 88 at 400, 166 at 700.
        var stemV = 50 + (int)Math.Round(Math.Pow(weight / 65.0, 2));
        return new FontDescription(PdfName(postScriptName), flags, box, angle, ascent, descent, capHeight, xHeight, stemV);
    }

    /// <summary>
    /// The name as a PDF name's characters (7.3.5): printable ASCII but the delimiters, anything else as #XX of its
    /// UTF-8 bytes, so that an unusual name cannot end the name or the dictionary early.
    /// </summary>
    private static string PdfName(string name)
    {
        var written = new StringBuilder(name.Length);
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (b is > 0x20 and < 0x7F && "()<>[]{}/%#".IndexOf((char)b, StringComparison.Ordinal) < 0)
            {
                written.Append((char)b);
            }
            else
            {
                written.Append('#').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return written.ToString();
    }

    private static short S16(ReadOnlySpan<byte> table, int offset) =>
        table.Length >= offset + 2 ? BinaryPrimitives.ReadInt16BigEndian(table[offset..]) : (short)0;
}
