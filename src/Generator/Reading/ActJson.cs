using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Supervision.Acts;

namespace Supervision.Reading;

/// <summary>
/// The JSON contract of act models: camelCase names, enum values by their public names only,
/// ISO dates, unknown and repeated properties refused, numbers only as JSON numbers, read exactly
/// (a sum that underflows to 0 or overflows is refused, not rounded), texts read in Unicode
/// normalisation form C (<see cref="NfcStrings"/>).
/// </summary>
public static class ActJson
{
    /// <summary>Options for reading and writing act models.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Writes an act as JSON with every field of its kind (serialising through the base type
    /// would keep only the common parts).</summary>
    public static string Serialize(Act act)
    {
        ArgumentNullException.ThrowIfNull(act);
        return JsonSerializer.Serialize(act, act.GetType(), Options);
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowDuplicateProperties = false,
            NumberHandling = JsonNumberHandling.Strict,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            MaxDepth = 32,
            WriteIndented = true,
            // Acts are Kazakh and Russian text: keep Cyrillic readable in written JSON.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            // Every text is read in Unicode form C, so that what looks the same compares and prints the same.
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { NfcStrings.Modify } },
        };
        options.Converters.Add(new StrictEnumConverterFactory());
        options.Converters.Add(new ExactDecimalConverter());
        options.Converters.Add(new ExactInt32Converter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
