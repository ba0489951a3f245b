using System.Buffers.Binary;

namespace Supervision.Tests.Rendering.Pdf;

/// <summary>
/// A minimal TrueType file made in memory: the tables the renderer reads (head, hhea, OS/2, hmtx, cmap
/// format 4) and glyphs for printable ASCII only, every one 500 units of a 1000-unit em. It lacks
/// every Cyrillic letter, so it stands for a font like Debian's old fonts-liberation.
/// </summary>
internal static class SyntheticFont
{
    public static byte[] AsciiOnly()
    {
        const int glyphs = 96;
        var head = new byte[54];
        BinaryPrimitives.WriteUInt32BigEndian(head, 0x00010000);
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(12), 0x5F0F3CF5);
        BinaryPrimitives.WriteUInt16BigEndian(head.AsSpan(18), 1000);

        var hhea = new byte[36];
        BinaryPrimitives.WriteUInt32BigEndian(hhea, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(34), glyphs);

        var os2 = new byte[78];
        BinaryPrimitives.WriteUInt16BigEndian(os2.AsSpan(74), 900);
        BinaryPrimitives.WriteUInt16BigEndian(os2.AsSpan(76), 300);

        var hmtx = new byte[4 * glyphs];
        for (var glyph = 0; glyph < glyphs; glyph++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(hmtx.AsSpan(4 * glyph), 500);
        }

        // cmap: one subtable (3, 1), format 4, segments [0x20, 0x7E] -> glyphs 1..95 and the closing 0xFFFF.
        var cmap = new byte[4 + 8 + 14 + (4 * 2 * 2) + 2];
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(2), 1);
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(4), 3);
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(6), 1);
        BinaryPrimitives.WriteUInt32BigEndian(cmap.AsSpan(8), 12);
        var table = cmap.AsSpan(12);
        BinaryPrimitives.WriteUInt16BigEndian(table, 4);
        BinaryPrimitives.WriteUInt16BigEndian(table[2..], (ushort)table.Length);
        BinaryPrimitives.WriteUInt16BigEndian(table[6..], 4);
        BinaryPrimitives.WriteUInt16BigEndian(table[14..], 0x7E);
        BinaryPrimitives.WriteUInt16BigEndian(table[16..], 0xFFFF);
        BinaryPrimitives.WriteUInt16BigEndian(table[20..], 0x20);
        BinaryPrimitives.WriteUInt16BigEndian(table[22..], 0xFFFF);
        BinaryPrimitives.WriteUInt16BigEndian(table[24..], unchecked((ushort)(1 - 0x20)));
        BinaryPrimitives.WriteUInt16BigEndian(table[26..], 1);

        return Assemble(("OS/2", os2), ("cmap", cmap), ("head", head), ("hhea", hhea), ("hmtx", hmtx));
    }

    private static byte[] Assemble(params (string Tag, byte[] Data)[] tables)
    {
        var offset = 12 + (16 * tables.Length);
        var file = new byte[offset + tables.Sum(table => table.Data.Length + 4)];
        BinaryPrimitives.WriteUInt32BigEndian(file, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(4), (ushort)tables.Length);
        for (var index = 0; index < tables.Length; index++)
        {
            var record = file.AsSpan(12 + (16 * index));
            System.Text.Encoding.ASCII.GetBytes(tables[index].Tag).CopyTo(record);
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)tables[index].Data.Length);
            tables[index].Data.CopyTo(file, offset);
            offset += tables[index].Data.Length + 4 - (tables[index].Data.Length % 4);
        }

        return file;
    }
}
