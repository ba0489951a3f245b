using System.IO.Compression;

namespace Supervision.Rendering.Pdf.Drawing;

/// <summary>
/// Deflates a stream as PDFsharp's <c>FlateDecode.Encode</c> does in its default mode (the zlib header
/// 78 DA, then the data deflated at <see cref="CompressionLevel.Optimal"/> in one write, no checksum), the
/// same bytes, into this thread's buffer instead of a new growing one per stream.
/// </summary>
internal static class Flate
{
    private const int MaximumKeptCapacity = 256 * 1024;

    [ThreadStatic]
    private static MemoryStream? t_buffer;

    /// <summary>The deflated bytes.</summary>
    public static byte[] Encode(ReadOnlySpan<byte> data)
    {
        var buffer = t_buffer ??= new MemoryStream(16 * 1024);
        buffer.SetLength(0);
        buffer.WriteByte(0x78);
        buffer.WriteByte(0xDA);
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(data);
        }

        var encoded = buffer.GetBuffer().AsSpan(0, (int)buffer.Length).ToArray();
        if (buffer.Capacity > MaximumKeptCapacity)
        {
            t_buffer = null;
        }

        return encoded;
    }
}
