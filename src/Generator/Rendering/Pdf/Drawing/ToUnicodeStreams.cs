using System.Collections.Concurrent;
using Supervision.Rendering.Pdf.Fonts;

namespace Supervision.Rendering.Pdf.Drawing;

/// <summary>
/// The deflated ToUnicode maps of the files written without PDFsharp, kept between files as the font programs are
/// (<see cref="FontPrograms"/>): acts of one kind draw the same glyphs for the same characters, and a map written and
/// deflated anew for every file was a twentieth of writing one. A map is found by its face, glyphs and writing, and
/// used only where it gives each glyph the same character; at most <see cref="Capacity"/> maps (some 1.5 KB each)
/// are kept.
/// </summary>
internal static class ToUnicodeStreams
{
    /// <summary>How many maps are kept; when full, the store starts over.</summary>
    private const int Capacity = 256;

    private static readonly ConcurrentDictionary<FontPrograms.Key, (int[] CodePoints, byte[] Deflated)> Kept = new();

    /// <summary>The deflated map of a face's glyphs (ascending) to the characters <see cref="ToUnicodeMap.Resolve"/> gave them.</summary>
    public static byte[] Of(FontFace face, ushort[] glyphs, int[] codePoints, PdfWriting writing)
    {
        var key = new FontPrograms.Key(face, glyphs, writing);
        if (Kept.TryGetValue(key, out var kept) && kept.CodePoints.AsSpan().SequenceEqual(codePoints))
        {
            return kept.Deflated;
        }

        using var map = new ContentBuffer(256 + (glyphs.Length * 16));
        ToUnicodeMap.Write(map, glyphs, codePoints);
        var deflated = Flate.Encode(map.Written, writing);
        if (Kept.Count >= Capacity)
        {
            Kept.Clear();
        }

        Kept[key] = (codePoints, deflated);
        return deflated;
    }
}
