using System.Buffers.Binary;
using System.Text;

namespace Supervision.Rendering.Pdf.Fonts;

/// <summary>
/// A TrueType or OpenType font file read for what the typesetter needs: which characters it has
/// (its 'cmap'), how wide each is ('hmtx', in thousandths of an em, truncated as PDFsharp writes the
/// /W array, so that a measured line is exactly as wide as the viewer draws it) and how tall a line is
/// (as Word spaces single lines: the Windows ascent and descent of 'OS/2' plus whatever line gap 'hhea'
/// adds beyond them, 1.15 em for Times New Roman and Liberation Serif).
/// </summary>
internal sealed class TrueTypeFont
{
    private readonly ushort[] _glyphOfChar;
    private readonly ushort[] _widthOfGlyph;

    private TrueTypeFont(byte[] data, string familyName, int unitsPerEm, int ascent, int descent, int leading, ushort[] glyphOfChar, ushort[] widthOfGlyph, FontDescription description)
    {
        Description = description;
        Leading = leading;
        Data = data;
        FamilyName = familyName;
        UnitsPerEm = unitsPerEm;
        Ascent = ascent;
        Descent = descent;
        _glyphOfChar = glyphOfChar;
        _widthOfGlyph = widthOfGlyph;
    }

    /// <summary>The file's bytes, handed to PDFsharp to embed.</summary>
    public byte[] Data { get; }

    /// <summary>The family name the font gives itself ("Liberation Serif").</summary>
    public string FamilyName { get; }

    /// <summary>Design units per em.</summary>
    public int UnitsPerEm { get; }

    /// <summary>Height above the baseline, in design units (usWinAscent).</summary>
    public int Ascent { get; }

    /// <summary>Depth below the baseline, in design units, positive (usWinDescent).</summary>
    public int Descent { get; }

    /// <summary>Space a single-spaced line has above <see cref="Ascent"/>, in design units: the 'hhea' line gap beyond the Windows metrics.</summary>
    public int Leading { get; }

    /// <summary>What a PDF's font descriptor says of the font: its PostScript name, box, heights, angle and flags.</summary>
    public FontDescription Description { get; }

    /// <summary>The advance width of a glyph in thousandths of an em, as the PDF's /W array gives it (truncated, as the typesetter measures).</summary>
    public int GlyphWidth(ushort glyph) => _widthOfGlyph[Math.Min(glyph, _widthOfGlyph.Length - 1)];

    /// <summary>Whether the font has a glyph for the character.</summary>
    public bool Covers(char c) => _glyphOfChar[c] != 0;

    /// <summary>The advance width of a character in thousandths of an em (the .notdef width where it is missing).</summary>
    public int Advance(char c) => _widthOfGlyph[_glyphOfChar[c]];

    /// <summary>Reads a font file.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InvalidDataException">The file is not a TrueType or OpenType font.</exception>
    public static TrueTypeFont Load(string path) => Parse(File.ReadAllBytes(path), path);

    /// <summary>Reads a font from its bytes.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a TrueType or OpenType font.</exception>
    public static TrueTypeFont Parse(byte[] data, string path)
    {
        ArgumentNullException.ThrowIfNull(data);
        try
        {
            var tables = Tables(data, path);
            var head = Table(data, tables, "head", path);
            var unitsPerEm = U16(head, 18);
            var hhea = Table(data, tables, "hhea", path);
            var metricsCount = U16(hhea, 34);
            int hheaAscent = S16(hhea, 4), hheaDescent = S16(hhea, 6), lineGap = S16(hhea, 8);
            var os2 = Table(data, tables, "OS/2", path);
            int ascent = U16(os2, 74), descent = U16(os2, 76);
            var leading = Math.Max(0, lineGap - (ascent + descent - (hheaAscent - hheaDescent)));
            var glyphOfChar = CharacterMap.Read(Table(data, tables, "cmap", path), path);
            var glyphCount = Math.Max(glyphOfChar.Max() + 1, tables.ContainsKey("maxp") ? U16(Table(data, tables, "maxp", path), 4) : 0);
            var widths = Widths(Table(data, tables, "hmtx", path), metricsCount, unitsPerEm, glyphCount);
            var names = tables.ContainsKey("name") ? Table(data, tables, "name", path) : default;
            var family = names.IsEmpty ? null : NameOf(names, FamilyNameId);
            var postScriptName = names.IsEmpty ? null : NameOf(names, PostScriptNameId);
            var description = FontDescription.Read(
                postScriptName ?? (family ?? Path.GetFileNameWithoutExtension(path)).Replace(" ", string.Empty, StringComparison.Ordinal),
                unitsPerEm,
                head,
                hhea,
                os2,
                tables.ContainsKey("post") ? Table(data, tables, "post", path) : default);
            return new TrueTypeFont(data, family ?? Path.GetFileNameWithoutExtension(path), unitsPerEm, ascent, descent, leading, glyphOfChar, widths, description);
        }
        catch (ArgumentOutOfRangeException exception)
        {
            throw new InvalidDataException($"{path}: the font file is cut short or damaged", exception);
        }
    }

    private static Dictionary<string, (int Offset, int Length)> Tables(byte[] data, string path)
    {
        var version = BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(0, 4));
        if (version is not (0x00010000 or 0x4F54544F or 0x74727565))
        {
            throw new InvalidDataException($"{path}: not a TrueType or OpenType font (a collection or another format)");
        }

        var count = U16(data, 4);
        var tables = new Dictionary<string, (int, int)>(count, StringComparer.Ordinal);
        for (var index = 0; index < count; index++)
        {
            var record = 12 + (16 * index);
            var tag = Encoding.ASCII.GetString(data, record, 4);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(record + 8, 4));
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(record + 12, 4));
            if (offset < 0 || length < 0 || offset > data.Length - length)
            {
                throw new InvalidDataException($"{path}: table '{tag}' lies outside the file");
            }

            tables[tag] = (offset, length);
        }

        return tables;
    }

    private static ReadOnlySpan<byte> Table(byte[] data, Dictionary<string, (int Offset, int Length)> tables, string tag, string path) =>
        tables.TryGetValue(tag, out var table)
            ? data.AsSpan(table.Offset, table.Length)
            : throw new InvalidDataException($"{path}: the font has no '{tag}' table");

    /// <summary>Advance widths per glyph in thousandths of an em, for every glyph of the font.</summary>
    private static ushort[] Widths(ReadOnlySpan<byte> hmtx, int metricsCount, int unitsPerEm, int glyphCount)
    {
        var widths = new ushort[glyphCount];
        for (var glyph = 0; glyph < glyphCount; glyph++)
        {
            var entry = Math.Min(glyph, metricsCount - 1);
            int advance = U16(hmtx, 4 * entry);
            widths[glyph] = (ushort)(unitsPerEm == 1000 ? advance : advance * 1000 / unitsPerEm);
        }

        return widths;
    }

    private const int FamilyNameId = 1;
    private const int PostScriptNameId = 6;

    /// <summary>A name of the 'name' table: the Unicode or Windows record where there is one, else the Macintosh one.</summary>
    private static string? NameOf(ReadOnlySpan<byte> name, int id)
    {
        int count = U16(name, 2), strings = U16(name, 4);
        string? fallback = null;
        for (var index = 0; index < count; index++)
        {
            var record = name.Slice(6 + (12 * index), 12);
            int platform = U16(record, 0), nameId = U16(record, 6), length = U16(record, 8), offset = U16(record, 10);
            if (nameId != id)
            {
                continue;
            }

            var bytes = name.Slice(strings + offset, length);
            if (platform is 0 or 3)
            {
                return Encoding.BigEndianUnicode.GetString(bytes);
            }

            fallback ??= Encoding.Latin1.GetString(bytes);
        }

        return fallback;
    }

    internal static ushort U16(ReadOnlySpan<byte> span, int offset) => BinaryPrimitives.ReadUInt16BigEndian(span.Slice(offset, 2));

    private static short S16(ReadOnlySpan<byte> span, int offset) => BinaryPrimitives.ReadInt16BigEndian(span.Slice(offset, 2));
}
