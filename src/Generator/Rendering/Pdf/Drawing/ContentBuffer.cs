using System.Buffers;
using System.Globalization;

namespace Supervision.Rendering.Pdf.Drawing;

/// <summary>ASCII bytes of PDF syntax (a content stream, objects written without PDFsharp), in a buffer rented from the shared pool; dispose to return it.</summary>
internal sealed class ContentBuffer : IDisposable
{
    private byte[] _buffer;

    public ContentBuffer(int capacity) => _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 256));

    /// <summary>How many bytes are written.</summary>
    public int Length { get; private set; }

    /// <summary>The bytes written.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, Length);

    /// <summary>Room for at least <paramref name="count"/> bytes after what is written, to fill and then <see cref="Advance"/> past.</summary>
    public Span<byte> Reserve(int count) => Free(count);

    /// <summary>Counts <paramref name="count"/> bytes written into the room <see cref="Reserve"/> gave as written.</summary>
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Length + count, _buffer.Length);
        Length += count;
    }

    /// <summary>Forgets what is written, keeping the buffer, to write something else.</summary>
    public void Clear() => Length = 0;

    public ContentBuffer Append(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Free(bytes.Length));
        Length += bytes.Length;
        return this;
    }

    public ContentBuffer Append(byte value)
    {
        Free(1)[0] = value;
        Length++;
        return this;
    }

    /// <summary>An ASCII name such as "/F0" or "/GS1".</summary>
    public ContentBuffer Append(string ascii)
    {
        ArgumentNullException.ThrowIfNull(ascii);
        var free = Free(ascii.Length);
        for (var index = 0; index < ascii.Length; index++)
        {
            free[index] = (byte)ascii[index];
        }

        Length += ascii.Length;
        return this;
    }

    /// <summary>Text in UTF-8 (the XMP metadata's).</summary>
    public ContentBuffer AppendUtf8(ReadOnlySpan<char> text)
    {
        Length += System.Text.Encoding.UTF8.GetBytes(text, Free(System.Text.Encoding.UTF8.GetMaxByteCount(text.Length)));
        return this;
    }

    /// <summary>A number as .NET's custom format "0.###" (as many # as <paramref name="decimals"/>) writes it: see <see cref="PdfNumber"/>.</summary>
    public ContentBuffer Append(double value, int decimals)
    {
        var room = PdfNumber.UsualLength;
        int written;
        while (!PdfNumber.TryWrite(value, decimals, Free(room), out written))
        {
            room *= 2;
        }

        Length += written;
        return this;
    }

    /// <summary>An integer in decimal.</summary>
    public ContentBuffer Append(int value)
    {
        value.TryFormat(Free(11), out var written, default, CultureInfo.InvariantCulture);
        Length += written;
        return this;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private Span<byte> Free(int needed)
    {
        if (Length + needed > _buffer.Length)
        {
            Grow(Math.Max(_buffer.Length * 2, Length + needed));
        }

        return _buffer.AsSpan(Length);
    }

    private void Grow(int capacity)
    {
        var larger = ArrayPool<byte>.Shared.Rent(capacity);
        _buffer.AsSpan(0, Length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
