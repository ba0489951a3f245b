using System.IO.Compression;

namespace Supervision.Rendering.Pdf.Drawing;

/// <summary>
/// Deflates the streams of a PDF into this thread's buffer instead of a new growing one per stream: quickly
/// (<see cref="PdfWriting.Current"/>), as PDFs are written now, or as PDFsharp does (<see cref="PdfWriting.AsBefore"/>),
/// as earlier releases wrote them, so that a font PDFsharp cuts and one cut here are the same bytes.
/// </summary>
internal static class Flate
{
    private const int MaximumKeptCapacity = 256 * 1024;

    [ThreadStatic]
    private static MemoryStream? t_buffer;

    /// <summary>The bytes deflated as a PDF written <paramref name="writing"/> deflates its streams.</summary>
    public static byte[] Encode(ReadOnlySpan<byte> data, PdfWriting writing)
    {
        var encoded = EncodeInPlace(data, writing).ToArray();
        if (t_buffer is { Capacity: > MaximumKeptCapacity })
        {
            t_buffer = null;
        }

        return encoded;
    }

    /// <summary>
    /// The bytes deflated as <see cref="Encode"/> does, left in this thread's buffer: valid until the thread deflates
    /// again, for a writer that copies them at once (<see cref="DocumentWriter"/>), which saves an array per stream.
    /// </summary>
    /// <remarks>
    /// <see cref="PdfWriting.Current"/>: a zlib stream (RFC 1950, with its Adler-32 checksum) at
    /// <see cref="CompressionLevel.Fastest"/>, some three times faster than PDFsharp's way on a page's operators, for a
    /// stream about a third longer. The issued PDF is kept as issued (the register does not make it again), so how its
    /// streams are compressed may change between versions without touching an issued act.
    /// <see cref="PdfWriting.AsBefore"/>: as PDFsharp's <c>FlateDecode.Encode</c> does in its default mode, the zlib
    /// header 78 DA, then the data at <see cref="CompressionLevel.Optimal"/> in one write, and no checksum.
    /// </remarks>
    public static ReadOnlySpan<byte> EncodeInPlace(ReadOnlySpan<byte> data, PdfWriting writing)
    {
        var buffer = t_buffer ??= new MemoryStream(16 * 1024);
        buffer.SetLength(0);
        if (writing == PdfWriting.Current)
        {
            using var zlib = new ZLibStream(buffer, CompressionLevel.Fastest, leaveOpen: true);
            zlib.Write(data);
        }
        else
        {
            buffer.WriteByte(0x78);
            buffer.WriteByte(0xDA);
            using var deflate = new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true);
            deflate.Write(data);
        }

        return buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
    }
}
