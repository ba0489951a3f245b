using System.Text.Json;
using System.Text.Json.Serialization;

namespace Supervision.Reading;

/// <summary>
/// Reads a count (of days, of pages) as a whole number in range, saying which rule a number breaks
/// where System.Text.Json only says "could not be converted": an exponent (1e400) or a number beyond
/// ±2 147 483 647. A fraction, or anything but a JSON number, keeps the usual "expected a whole number".
/// </summary>
internal sealed class ExactInt32Converter : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException();
        }

        if (reader.TryGetInt32(out var value))
        {
            return value;
        }

        var text = JsonNumberText.Of(ref reader);
        if (text.AsSpan().ContainsAny("eE"))
        {
            throw new JsonException($"the number {text} is not a whole number written in digits (no exponent)");
        }

        // A fraction (10.5) keeps the serializer's "expected a whole number"; only the size needs saying.
        throw text.Contains('.', StringComparison.Ordinal)
            ? new JsonException()
            : new JsonException($"the number {text} is too large: a whole number here is at most {int.MaxValue}");
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value);
    }
}
