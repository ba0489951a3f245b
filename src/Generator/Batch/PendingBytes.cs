namespace Supervision.Batch;

/// <summary>
/// The zip's bytes between two entries: <see cref="System.IO.Compression.ZipArchive"/> writes synchronously
/// into this buffer, and <see cref="DrainToAsync"/> hands them to the real output asynchronously after each
/// entry (an HTTP response refuses synchronous writes). It holds at most one entry, so memory stays flat
/// in the number of acts. Not seekable, so the archive writes each entry's sizes after its data.
/// </summary>
internal sealed class PendingBytes : Stream
{
    private readonly MemoryStream _buffer = new();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => _buffer.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => _buffer.Write(buffer);

    public override void WriteByte(byte value) => _buffer.WriteByte(value);

    public override void Flush()
    {
        // The bytes go out in DrainToAsync; nothing to do here.
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>Writes what the archive wrote since the last drain to <paramref name="output"/>, flushes it, and forgets it.</summary>
    public async Task DrainToAsync(Stream output, CancellationToken cancellation)
    {
        if (_buffer.Length > 0)
        {
            await output.WriteAsync(_buffer.GetBuffer().AsMemory(0, (int)_buffer.Length), cancellation);
            _buffer.SetLength(0);
        }

        await output.FlushAsync(cancellation);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _buffer.Dispose();
        }

        base.Dispose(disposing);
    }
}
