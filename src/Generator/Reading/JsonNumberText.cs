using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Supervision.Reading;

/// <summary>The text of the JSON number under the reader, as the act wrote it, for messages (cut to 40 characters).</summary>
internal static class JsonNumberText
{
    private const int Longest = 40;

    public static string Of(ref Utf8JsonReader reader)
    {
        var text = Encoding.UTF8.GetString(Bytes(ref reader));
        return text.Length > Longest ? text[..Longest] + "…" : text;
    }

    /// <summary>Whether the number's digits before its exponent hold anything but zeros: "1e-400" does, "0.00e5" does not.</summary>
    public static bool HasNonZeroDigit(ref Utf8JsonReader reader)
    {
        foreach (var b in Bytes(ref reader))
        {
            if (b is (byte)'e' or (byte)'E')
            {
                return false;
            }

            if (b is >= (byte)'1' and <= (byte)'9')
            {
                return true;
            }
        }

        return false;
    }

    private static byte[] Bytes(ref Utf8JsonReader reader) =>
        reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
}
