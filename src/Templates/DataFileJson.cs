using System.Text.Json;
using System.Text.Json.Serialization;

namespace Supervision;

/// <summary>
/// How the data files a lawyer edits by hand (the working-day calendar, the legal frames) are read: strictly —
/// a missing field, a null where none is allowed, an unknown field or an enum given as a number is an error —
/// so that a typo fails loudly instead of silently dropping a day or printing a wrong article. Comments and
/// trailing commas are allowed, as people leave them in files they edit.
/// </summary>
internal static class DataFileJson
{
    /// <summary>The strict options, with enum values written in the file's own naming (camelCase, kebab-case).</summary>
    public static JsonSerializerOptions Strict(JsonNamingPolicy enumValues) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(enumValues, allowIntegerValues: false) },
    };
}
