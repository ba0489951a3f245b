using System.Buffers.Binary;

namespace Supervision.Rendering.Pdf.Fonts;

/// <summary>
/// Reads a font's 'cmap' table into a glyph index for every character of the Basic Multilingual Plane
/// (0 where the font has no glyph). Formats 4 and 12 of the Unicode subtables are read; that is what
/// every TrueType font of a text family carries.
/// </summary>
internal static class CharacterMap
{
    /// <summary>The glyph of each BMP character.</summary>
    /// <exception cref="InvalidDataException">The table has no Unicode subtable of format 4 or 12.</exception>
    public static ushort[] Read(ReadOnlySpan<byte> cmap, string path)
    {
        var best = -1;
        var bestRank = int.MaxValue;
        int count = TrueTypeFont.U16(cmap, 2);
        for (var index = 0; index < count; index++)
        {
            var record = cmap.Slice(4 + (8 * index), 8);
            int platform = TrueTypeFont.U16(record, 0), encoding = TrueTypeFont.U16(record, 2);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record.Slice(4, 4));
            int format = TrueTypeFont.U16(cmap, offset);
            var rank = (platform, encoding, format) switch
            {
                (3, 10, 12) => 0,
                (0, _, 12) => 1,
                (3, 1, 4) => 2,
                (0, _, 4) => 3,
                _ => int.MaxValue,
            };
            if (rank < bestRank)
            {
                (best, bestRank) = (offset, rank);
            }
        }

        if (best < 0)
        {
            throw new InvalidDataException($"{path}: the font has no Unicode character map (cmap format 4 or 12)");
        }

        var glyphs = new ushort[0x10000];
        if (TrueTypeFont.U16(cmap, best) == 4)
        {
            ReadFormat4(cmap[best..], glyphs);
        }
        else
        {
            ReadFormat12(cmap[best..], glyphs);
        }

        return glyphs;
    }

    private static void ReadFormat4(ReadOnlySpan<byte> table, ushort[] glyphs)
    {
        var segments = TrueTypeFont.U16(table, 6) / 2;
        int ends = 14, starts = ends + (2 * segments) + 2, deltas = starts + (2 * segments), ranges = deltas + (2 * segments);
        for (var segment = 0; segment < segments; segment++)
        {
            int end = TrueTypeFont.U16(table, ends + (2 * segment));
            int start = TrueTypeFont.U16(table, starts + (2 * segment));
            int delta = TrueTypeFont.U16(table, deltas + (2 * segment));
            var rangeAt = ranges + (2 * segment);
            int rangeOffset = TrueTypeFont.U16(table, rangeAt);
            for (var c = start; c <= end && c < 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    glyph = TrueTypeFont.U16(table, rangeAt + rangeOffset + (2 * (c - start)));
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }

                glyphs[c] = (ushort)glyph;
            }
        }
    }

    private static void ReadFormat12(ReadOnlySpan<byte> table, ushort[] glyphs)
    {
        var groups = (int)BinaryPrimitives.ReadUInt32BigEndian(table.Slice(12, 4));
        for (var group = 0; group < groups; group++)
        {
            var record = table.Slice(16 + (12 * group), 12);
            var start = BinaryPrimitives.ReadUInt32BigEndian(record[..4]);
            var end = Math.Min(BinaryPrimitives.ReadUInt32BigEndian(record.Slice(4, 4)), 0xFFFFu);
            var glyph = BinaryPrimitives.ReadUInt32BigEndian(record.Slice(8, 4));
            for (var c = start; c <= end; c++)
            {
                glyphs[c] = (ushort)(glyph + (c - start));
            }
        }
    }
}
