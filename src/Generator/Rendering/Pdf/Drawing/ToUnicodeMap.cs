namespace Supervision.Rendering.Pdf.Drawing;

/// <summary>
/// The /ToUnicode CMap of a face (ISO 32000-1, 9.10.3): for each glyph drawn, the character it was drawn for, so
/// that a reader copies, searches and speaks the act's text. Where two characters were drawn with one glyph, the
/// one drawn first is given. Written as single mappings (<c>bfchar</c>), at most 100 to a block as the CMap format
/// allows, for two-byte codes (Identity-H: the code is the glyph).
/// </summary>
internal static class ToUnicodeMap
{
    private const int MappingsPerBlock = 100;

    private static ReadOnlySpan<byte> Header =>
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"u8;

    private static ReadOnlySpan<byte> Footer => "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"u8;

    /// <summary>
    /// The character each glyph gives back, for the distinct glyphs in ascending order (as <see cref="DocumentFonts.Glyphs"/>
    /// gives them), from the pairs drawn in the order first drawn.
    /// </summary>
    public static int[] Resolve(ushort[] glyphs, IReadOnlyList<int> codePoints, IReadOnlyList<ushort> drawnGlyphs)
    {
        ArgumentNullException.ThrowIfNull(glyphs);
        ArgumentNullException.ThrowIfNull(codePoints);
        ArgumentNullException.ThrowIfNull(drawnGlyphs);
        var resolved = new int[glyphs.Length];
        Array.Fill(resolved, -1);
        for (var index = 0; index < drawnGlyphs.Count; index++)
        {
            var at = Array.BinarySearch(glyphs, drawnGlyphs[index]);
            if (at >= 0 && resolved[at] < 0)
            {
                resolved[at] = codePoints[index];
            }
        }

        return resolved;
    }

    /// <summary>Writes the map of the glyphs (ascending) to the characters <see cref="Resolve"/> gave them.</summary>
    public static void Write(ContentBuffer output, ushort[] glyphs, int[] codePoints)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(glyphs);
        ArgumentNullException.ThrowIfNull(codePoints);
        output.Append(Header);
        for (var start = 0; start < glyphs.Length; start += MappingsPerBlock)
        {
            var count = Math.Min(MappingsPerBlock, glyphs.Length - start);
            output.Append(count).Append(" beginbfchar\n"u8);
            for (var index = start; index < start + count; index++)
            {
                output.Append((byte)'<');
                PdfSyntax.Hex(output, glyphs[index]);
                output.Append("> <"u8);
                var codePoint = codePoints[index];
                if (codePoint > 0xFFFF)
                {
                    // A character beyond the first plane is a surrogate pair in UTF-16BE.
                    PdfSyntax.Hex(output, 0xD800 + ((codePoint - 0x10000) >> 10));
                    PdfSyntax.Hex(output, 0xDC00 + ((codePoint - 0x10000) & 0x3FF));
                }
                else
                {
                    PdfSyntax.Hex(output, codePoint);
                }

                output.Append(">\n"u8);
            }

            output.Append("endbfchar\n"u8);
        }

        output.Append(Footer);
    }
}
