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
    public static string Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
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

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string Sha256(string text) => Sha256(Encoding.UTF8.GetBytes(text));
}
