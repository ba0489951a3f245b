using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Supervision.Register;

/// <summary>The one way values are written where they are hashed: compact JSON with properties in a
/// fixed order, dates "YYYY-MM-DD", instants "YYYY-MM-DDTHH:MM:SS.fffZ", sums with two decimals, so the
/// same facts read back from either database give the same bytes.</summary>
internal static class Canonical
{
    // How large a buffer a thread keeps between values: an act's payload is some hundreds of bytes, an entry's
    // form a few kilobytes; the buffer a huge act needed is let go rather than kept by the thread.
    private const int KeptBufferBytes = 64 * 1024;

    // The buffer and writer each thread reuses: the verifier forms one value per entry and per act, tens of
    // thousands per run, and only hashes most of them.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>The canonical JSON <paramref name="write"/> writes, as a string (to be stored).</summary>
    public static string Json(Action<Utf8JsonWriter> write) => Utf8(write, bytes => Encoding.UTF8.GetString(bytes));

    /// <summary>
    /// Writes canonical JSON into a buffer the thread reuses and hands its UTF-8 bytes to <paramref name="use"/>
    /// (to hash them), with no array or string made for the value. The bytes are valid only during the call.
    /// </summary>
    public static T Utf8<T>(Action<Utf8JsonWriter> write, Func<ReadOnlySpan<byte>, T> use)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(use);

        // Taken from the thread while in use, so that a value written inside another gets its own.
        var (buffer, writer) = (t_buffer ?? new ArrayBufferWriter<byte>(1024), t_writer);
        (t_buffer, t_writer) = (null, null);
        if (writer is null)
        {
            writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false });
        }
        else
        {
            writer.Reset(buffer);
        }

        try
        {
            write(writer);
            writer.Flush();
            return use(buffer.WrittenSpan);
        }
        finally
        {
            buffer.ResetWrittenCount();
            if (buffer.Capacity <= KeptBufferBytes)
            {
                (t_buffer, t_writer) = (buffer, writer);
            }
        }
    }

    /// <summary>Hands the UTF-8 bytes of <paramref name="text"/> to <paramref name="use"/> from a pooled buffer.</summary>
    public static T Utf8<T>(string text, Func<ReadOnlySpan<byte>, T> use)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(use);
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            return use(rented.AsSpan(0, Encoding.UTF8.GetBytes(text, rented)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Instant(DateTimeOffset? instant) =>
        instant?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Sum(decimal? sum) => sum?.ToString("0.00", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>An instant cut to the millisecond, which both databases keep exactly.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string Sha256(byte[] bytes) => Sha256(bytes.AsSpan());

    /// <summary>The SHA-256 of a stream's bytes, read to its end a buffer at a time; the stream is disposed.</summary>
    public static async Task<string> Sha256Async(Stream bytes, CancellationToken cancellationToken)
    {
        await using (bytes.ConfigureAwait(false))
        {
            return Convert.ToHexStringLower(await SHA256.HashDataAsync(bytes, cancellationToken).ConfigureAwait(false));
        }
    }

    /// <summary>The SHA-256 of a stream's bytes, read to its end a buffer at a time.</summary>
    public static string Sha256(Stream bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string Sha256(string text) => Utf8(text, bytes => Sha256(bytes));
}
