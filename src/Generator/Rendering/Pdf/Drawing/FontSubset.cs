using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using Supervision.Rendering.Pdf.Fonts;

namespace Supervision.Rendering.Pdf.Drawing;

/// <summary>
/// Cuts a TrueType face down to some glyphs exactly as PDFsharp 6.2's <c>OpenTypeFontFace.CreateFontSubset</c>
/// does for a CID font, the same bytes, in a pooled buffer and without reading the font again: every
/// glyph id is kept (a full-length 'loca' whose unused glyphs are empty), the glyphs asked for, glyph 0
/// and the components of the composite ones among them (one level down, as PDFsharp goes) are copied,
/// and 'cvt ', 'fpgm', 'head', 'hhea', 'hmtx', 'maxp' and 'prep' are copied whole with their directory
/// entries; the tables go in tag order after a directory with PDFsharp's search fields and checksums.
/// The equality with PDFsharp's own subsets is pinned by the drawing tests.
/// </summary>
internal sealed class FontSubset
{
    /// <summary>The tables copied whole, as PDFsharp copies them into a CID font's subset (it leaves out 'cmap').</summary>
    private static readonly string[] Copied = ["cvt ", "fpgm", "head", "hhea", "hmtx", "maxp", "prep"];

    private static readonly int[] EntrySelectors = [0, 0, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4];

    private static readonly Lazy<FontSubset?>[] Faces =
        [.. FontFaces.All.Select(face => new Lazy<FontSubset?>(() => Read(PdfFonts.Current[face].Data)))];

    private readonly byte[] _font;
    private readonly Entry[] _tables;
    private readonly int[] _loca;
    private readonly int _glyf;
    private readonly bool _shortLoca;
    private readonly int _glyphCount;

    private FontSubset(byte[] font, Entry[] tables, int[] loca, int glyf, bool shortLoca, int glyphCount)
    {
        _font = font;
        _tables = tables;
        _loca = loca;
        _glyf = glyf;
        _shortLoca = shortLoca;
        _glyphCount = glyphCount;
    }

    /// <summary>The subsetter of a face of the act's font, or null where PDFsharp would not cut it this way (no 'glyf' outlines).</summary>
    public static FontSubset? Of(FontFace face) => Faces[(int)face].Value;

    /// <summary>The subset with the glyphs (ascending, without glyph 0), deflated, and its length before.</summary>
    /// <remarks>
    /// Written <see cref="PdfWriting.Current"/>, the program is a zlib stream at the fastest level (a third of the
    /// time, a quarter more bytes: a program is cut for nearly every issued act, whose names and verification token
    /// draw their own letters); <see cref="PdfWriting.AsBefore"/>, deflated as PDFsharp deflates it.
    /// </remarks>
    public (byte[] Deflated, int Length) Deflate(ReadOnlySpan<ushort> glyphs, PdfWriting writing)
    {
        var kept = Closure(glyphs);
        var glyfLength = 0;
        foreach (var glyph in kept)
        {
            glyfLength += Size(glyph);
        }

        var locaLength = (_glyphCount + 1) * (_shortLoca ? 2 : 4);
        var count = _tables.Length + 2;
        var length = 12 + (16 * count) + Padded(glyfLength) + Padded(locaLength);
        foreach (var table in _tables)
        {
            length += Padded(table.Length);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var file = buffer.AsSpan(0, length);
            file.Clear();
            Write(file, kept, glyfLength, locaLength, count);
            return (Flate.Encode(file, writing), length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Write(Span<byte> file, List<ushort> kept, int glyfLength, int locaLength, int count)
    {
        var selector = EntrySelectors[count];
        BinaryPrimitives.WriteUInt32BigEndian(file, 0x00010000);
        BinaryPrimitives.WriteInt16BigEndian(file[4..], (short)count);
        BinaryPrimitives.WriteUInt16BigEndian(file[6..], (ushort)((1 << selector) * 16));
        BinaryPrimitives.WriteUInt16BigEndian(file[8..], (ushort)selector);
        BinaryPrimitives.WriteUInt16BigEndian(file[10..], (ushort)((count - (1 << selector)) * 16));

        // The copied tables and the two made here ('glyf', 'loca'), in ordinal tag order.
        var offset = 12 + (16 * count);
        var index = 0;
        var madeGlyf = false;
        var madeLoca = false;
        foreach (var table in _tables)
        {
            if (!madeGlyf && string.CompareOrdinal("glyf", table.Tag) < 0)
            {
                offset = WriteGlyf(file, index++, offset, kept, glyfLength);
                madeGlyf = true;
            }

            if (!madeLoca && string.CompareOrdinal("loca", table.Tag) < 0)
            {
                offset = WriteLoca(file, index++, offset, kept, locaLength);
                madeLoca = true;
            }

            _font.AsSpan(table.Offset, Padded(table.Length)).CopyTo(file[offset..]);
            Directory(file, index++, table.Tag, table.CheckSum, offset, table.Length);
            offset += Padded(table.Length);
        }

        if (!madeGlyf)
        {
            offset = WriteGlyf(file, index++, offset, kept, glyfLength);
        }

        if (!madeLoca)
        {
            WriteLoca(file, index, offset, kept, locaLength);
        }
    }

    private int WriteGlyf(Span<byte> file, int index, int offset, List<ushort> kept, int length)
    {
        var at = offset;
        foreach (var glyph in kept)
        {
            var size = Size(glyph);
            _font.AsSpan(_glyf + _loca[glyph], size).CopyTo(file[at..]);
            at += size;
        }

        Directory(file, index, "glyf", CheckSum(file.Slice(offset, Padded(length))), offset, length);
        return offset + Padded(length);
    }

    private int WriteLoca(Span<byte> file, int index, int offset, List<ushort> kept, int length)
    {
        var table = file.Slice(offset, Padded(length));
        var location = 0;
        var next = 0;
        for (var glyph = 0; glyph <= _glyphCount; glyph++)
        {
            if (_shortLoca)
            {
                BinaryPrimitives.WriteUInt16BigEndian(table[(2 * glyph)..], (ushort)(location / 2));
            }
            else
            {
                BinaryPrimitives.WriteInt32BigEndian(table[(4 * glyph)..], location);
            }

            if (glyph < _glyphCount && next < kept.Count && kept[next] == glyph)
            {
                next++;
                location += Size(glyph);
            }
        }

        Directory(file, index, "loca", CheckSum(table), offset, length);
        return offset + Padded(length);
    }

    /// <summary>The glyphs kept, ascending: those asked for, glyph 0, and the components of the composite ones asked for.</summary>
    private List<ushort> Closure(ReadOnlySpan<ushort> glyphs)
    {
        var kept = new HashSet<ushort>(glyphs.Length + 16) { 0 };
        foreach (var glyph in glyphs)
        {
            kept.Add(glyph);
        }

        foreach (var glyph in glyphs)
        {
            AddComponents(glyph, kept);
        }

        var sorted = new List<ushort>(kept);
        sorted.Sort();
        return sorted;
    }

    /// <summary>PDFsharp's <c>AddCompositeGlyphs</c>: the glyph ids a composite glyph is made of.</summary>
    private void AddComponents(int glyph, HashSet<ushort> kept)
    {
        if (Size(glyph) == 0)
        {
            return;
        }

        var at = _glyf + _loca[glyph];
        if (BinaryPrimitives.ReadInt16BigEndian(_font.AsSpan(at)) >= 0)
        {
            return;
        }

        at += 10;
        while (true)
        {
            int flags = BinaryPrimitives.ReadUInt16BigEndian(_font.AsSpan(at));
            kept.Add(BinaryPrimitives.ReadUInt16BigEndian(_font.AsSpan(at + 2)));
            at += 4;
            if ((flags & 0x20) == 0)
            {
                return;
            }

            var skip = (flags & 0x1) == 0 ? 2 : 4;
            if ((flags & 0x8) != 0)
            {
                skip += 2;
            }
            else if ((flags & 0x40) != 0)
            {
                skip += 4;
            }

            if ((flags & 0x80) != 0)
            {
                skip += 8;
            }

            at += skip;
        }
    }

    private int Size(int glyph) => _loca[glyph + 1] - _loca[glyph];

    private static void Directory(Span<byte> file, int index, string tag, uint checkSum, int offset, int length)
    {
        var entry = file.Slice(12 + (16 * index), 16);
        Encoding.ASCII.GetBytes(tag, entry);
        BinaryPrimitives.WriteUInt32BigEndian(entry[4..], checkSum);
        BinaryPrimitives.WriteInt32BigEndian(entry[8..], offset);
        BinaryPrimitives.WriteUInt32BigEndian(entry[12..], (uint)length);
    }

    /// <summary>PDFsharp's <c>CalcChecksum</c>: each byte lane summed apart, then shifted into place.</summary>
    private static uint CheckSum(ReadOnlySpan<byte> table)
    {
        uint first = 0, second = 0, third = 0, fourth = 0;
        for (var at = 0; at < table.Length; at += 4)
        {
            first += table[at];
            second += table[at + 1];
            third += table[at + 2];
            fourth += table[at + 3];
        }

        return (first << 24) + (second << 16) + (third << 8) + fourth;
    }

    private static int Padded(int length) => (length + 3) & ~3;

    /// <summary>The face's tables as PDFsharp reads them, or null where it has no TrueType outlines to cut.</summary>
    private static FontSubset? Read(byte[] font)
    {
        var version = BinaryPrimitives.ReadUInt32BigEndian(font);
        if (version is not (0x00010000 or 0x74727565))
        {
            return null;
        }

        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        int tableCount = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var index = 0; index < tableCount; index++)
        {
            var record = font.AsSpan(12 + (16 * index), 16);
            var tag = Encoding.ASCII.GetString(record[..4]);
            entries[tag] = new Entry(tag, BinaryPrimitives.ReadUInt32BigEndian(record[4..]), BinaryPrimitives.ReadInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
        }

        if (!entries.TryGetValue("glyf", out var glyf) || !entries.TryGetValue("loca", out var loca)
            || !entries.TryGetValue("head", out var head) || !entries.TryGetValue("maxp", out var maxp)
            || !entries.ContainsKey("hhea") || !entries.ContainsKey("hmtx"))
        {
            return null;
        }

        var shortLoca = BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(head.Offset + 50)) == 0;
        var locations = new int[shortLoca ? loca.Length / 2 : loca.Length / 4];
        for (var index = 0; index < locations.Length; index++)
        {
            locations[index] = shortLoca
                ? 2 * BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(loca.Offset + (2 * index)))
                : BinaryPrimitives.ReadInt32BigEndian(font.AsSpan(loca.Offset + (4 * index)));
        }

        int glyphCount = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(maxp.Offset + 4));
        if (locations.Length < glyphCount + 1)
        {
            return null;
        }

        Entry[] copied = [.. Copied.Where(entries.ContainsKey).Select(tag => entries[tag])];
        return copied.Any(table => table.Offset + Padded(table.Length) > font.Length)
            ? null
            : new FontSubset(font, copied, locations, glyf.Offset, shortLoca, glyphCount);
    }

    private readonly record struct Entry(string Tag, uint CheckSum, int Offset, int Length);
}
