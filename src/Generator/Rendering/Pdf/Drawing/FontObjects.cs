using Supervision.Rendering.Pdf.Fonts;

namespace Supervision.Rendering.Pdf.Drawing;

/// <summary>
/// The objects of one face in a file written without PDFsharp (ISO 32000-1, 9.7): a Type 0 font with the
/// Identity-H encoding (the content's two-byte codes are glyph ids), its CIDFontType2 descendant with the widths of
/// the glyphs drawn, the font descriptor, the ToUnicode map and the embedded program cut to the glyphs drawn. The
/// font name carries a subset tag; the one written here (AAAAAA+, AAAAAB+…, one per face) is a placeholder that
/// <see cref="DeterministicPdf"/> replaces by one derived from the file's content.
/// </summary>
internal static class FontObjects
{
    /// <summary>How many objects a face takes, numbered from its first: font, descendant, descriptor, ToUnicode map, program.</summary>
    public const int Count = 5;

    /// <summary>Writes a face's objects from number <paramref name="first"/>; <paramref name="index"/> tells its tag from the others'.</summary>
    /// <exception cref="InvalidOperationException">The face cannot be cut here (see <see cref="DocumentWriter.CanWrite"/>).</exception>
    /// <returns>Where the embedded program lies in the file, with the SHA-256 it is known by (for <see cref="DeterministicPdf"/>).</returns>
    public static KnownRange Write(PdfObjects objects, int first, FontFace face, int index, DocumentFonts fonts, PdfWriting writing, ContentBuffer scratch)
    {
        var font = PdfFonts.Current[face];
        var description = font.Description;
        var glyphs = fonts.Glyphs(face);
        var program = FontPrograms.Of(face, glyphs, writing) ?? throw new InvalidOperationException($"The {face} face cannot be cut into a subset here.");
        Span<byte> tag = [(byte)'A', (byte)'A', (byte)'A', (byte)'A', (byte)('A' + (index / 26)), (byte)('A' + (index % 26)), (byte)'+'];

        var output = objects.Begin(first).Append("<</Type/Font/Subtype/Type0/BaseFont/"u8).Append(tag).Append(description.PostScriptName);
        output.Append("/Encoding/Identity-H/DescendantFonts["u8);
        PdfSyntax.Reference(output, first + 1).Append("]/ToUnicode "u8);
        PdfSyntax.Reference(output, first + 3).Append(">>"u8);
        objects.End();

        output = objects.Begin(first + 1).Append("<</Type/Font/Subtype/CIDFontType2/BaseFont/"u8).Append(tag).Append(description.PostScriptName);
        output.Append("/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor "u8);
        PdfSyntax.Reference(output, first + 2).Append("/CIDToGIDMap/Identity/W["u8);
        Widths(output, font, glyphs);
        output.Append("]>>"u8);
        objects.End();

        output = objects.Begin(first + 2).Append("<</Type/FontDescriptor/FontName/"u8).Append(tag).Append(description.PostScriptName);
        output.Append("/Flags "u8).Append(description.Flags).Append("/FontBBox["u8);
        output.Append(description.BoundingBox[0]).Append((byte)' ').Append(description.BoundingBox[1]).Append((byte)' ')
            .Append(description.BoundingBox[2]).Append((byte)' ').Append(description.BoundingBox[3]);
        output.Append("]/ItalicAngle "u8).Append(description.ItalicAngle, 2).Append("/Ascent "u8).Append(description.Ascent);
        output.Append("/Descent "u8).Append(description.Descent).Append("/CapHeight "u8).Append(description.CapHeight);
        output.Append("/XHeight "u8).Append(description.XHeight).Append("/StemV "u8).Append(description.StemV).Append("/FontFile2 "u8);
        PdfSyntax.Reference(output, first + 4).Append(">>"u8);
        objects.End();

        var codePoints = ToUnicodeMap.Resolve(glyphs, fonts.Drawn(face), fonts.DrawnGlyphs(face));
        objects.Stream(first + 3, "/Filter/FlateDecode"u8, ToUnicodeStreams.Of(face, glyphs, codePoints, writing));

        scratch.Clear();
        scratch.Append("/Length1 "u8).Append(program.Length1).Append("/Filter/FlateDecode"u8);
        var start = objects.Stream(first + 4, scratch.Written, program.Deflated);
        return new KnownRange(start, program.Deflated.Length, program.Sha256);
    }

    /// <summary>The /W array's entries: each run of consecutive glyphs as its first glyph and their widths.</summary>
    private static void Widths(ContentBuffer output, TrueTypeFont font, ushort[] glyphs)
    {
        for (var start = 0; start < glyphs.Length;)
        {
            var end = start + 1;
            while (end < glyphs.Length && glyphs[end] == glyphs[end - 1] + 1)
            {
                end++;
            }

            if (start > 0)
            {
                output.Append((byte)' ');
            }

            output.Append(glyphs[start]).Append((byte)'[');
            for (var index = start; index < end; index++)
            {
                if (index > start)
                {
                    output.Append((byte)' ');
                }

                output.Append(font.GlyphWidth(glyphs[index]));
            }

            output.Append((byte)']');
            start = end;
        }
    }
}
