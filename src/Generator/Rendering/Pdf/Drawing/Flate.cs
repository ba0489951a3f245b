using System.IO.Compression;

namespace Supervision.Rendering.Pdf.Drawing;

/// <summary>
/// Deflates the streams of a PDF into this thread's buffer instead of a new growing one per stream: quickly
/// (<see cref="EncodeFast"/>), as PDFs are written now, or as PDFsharp does (<see cref="EncodeAsPdfSharp"/>), as
/// earlier releases wrote them, so that a font PDFsharp cuts and one cut here are the same bytes.
/// </summary>
internal static class Flate
{
    private const int MaximumKeptCapacity = 256 * 1024;

    [ThreadStatic]
    private static MemoryStream? t_buffer;

    /// <summary>The bytes deflated as a PDF written <paramref name="writing"/> deflates its streams.</summary>
    public static byte[] Encode(ReadOnlySpan<byte> data, PdfWriting writing) =>
        writing == PdfWriting.Current ? EncodeFast(data) : EncodeAsPdfSharp(data);

    /// <summary>
    /// The bytes deflated as PDFsharp's <c>FlateDecode.Encode</c> does in its default mode: the zlib header
    /// 78 DA, then the data at <see cref="CompressionLevel.Optimal"/> in one write, and no checksum.
    /// </summary>
    private static byte[] EncodeAsPdfSharp(ReadOnlySpan<byte> data)
    {
        var buffer = Buffer();
        buffer.WriteByte(0x78);
        buffer.WriteByte(0xDA);
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(data);
        }

        return Encoded(buffer);
    }

    /// <summary>
    /// The bytes as a zlib stream (RFC 1950, with its Adler-32 checksum) at <see cref="CompressionLevel.Fastest"/>:
    /// some three times faster than <see cref="EncodeAsPdfSharp"/> on a page's operators, for a stream about a third
    /// longer. The issued PDF is kept as issued (the register does not make it again), so how its pages
    /// are compressed may change between versions without touching an issued act.
    /// </summary>
    private static byte[] EncodeFast(ReadOnlySpan<byte> data)
    {
        var buffer = Buffer();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return Encoded(buffer);
    }

    private static MemoryStream Buffer()
    {
        var buffer = t_buffer ??= new MemoryStream(16 * 1024);
        buffer.SetLength(0);
        return buffer;
    }

    private static byte[] Encoded(MemoryStream buffer)
    {
        var encoded = buffer.GetBuffer().AsSpan(0, (int)buffer.Length).ToArray();
        if (buffer.Capacity > MaximumKeptCapacity)
        {
            t_buffer = null;
        }

        return encoded;
    }
}
