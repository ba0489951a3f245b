using System.Text.Json;
using System.Text.Json.Serialization;

namespace Supervision.Reading;

/// <summary>
/// Reads a sum exactly or not at all: System.Text.Json turns 1e-400 into 0 without a word and answers
/// 1e400 with "could not be converted"; here both are refused with a message saying which, at the
/// sum's path. Anything but a JSON number keeps the usual "expected a number".
/// </summary>
internal sealed class ExactDecimalConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            // No message: the serializer's own names the expected type, which the translator words.
            throw new JsonException();
        }

        if (!reader.TryGetDecimal(out var value))
        {
            throw new JsonException($"the number {JsonNumberText.Of(ref reader)} is too large to be a sum (at most 29 digits before the point)");
        }

        if (value == 0 && JsonNumberText.HasNonZeroDigit(ref reader))
        {
            throw new JsonException($"the number {JsonNumberText.Of(ref reader)} is too small to be told from 0: write 0, or the sum with at most two decimals");
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value);
    }
}
