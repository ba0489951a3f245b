using System.Text.Json;
using System.Text.Json.Serialization;
using Supervision.Acts;

namespace Supervision.Reading;

/// <summary>
/// Reads and writes the model's enums by their public kebab-case names only. A wrong value is refused
/// with a message listing the accepted ones; numbers and other spellings are never accepted.
/// </summary>
internal sealed class StrictEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(StrictEnumConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class StrictEnumConverter<T> : JsonConverter<T> where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String
                && EnumNames.TryParse<T>(reader.GetString()!, out var value))
            {
                return value;
            }

            var given = reader.TokenType == JsonTokenType.String ? $"'{reader.GetString()}'" : "this value";
            throw new JsonException($"{given} is not one of: {string.Join(", ", EnumNames.All<T>())}");
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(EnumNames.Of(value));
    }
}
