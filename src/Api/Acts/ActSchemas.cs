using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using Supervision.Acts;
using Supervision.Reading;
using Supervision.Vocabulary;

namespace Supervision.Api.Acts;

/// <summary>
/// The JSON Schema (draft 2020-12) of each kind's model, exported from the same serializer options the
/// reader uses, with what those options hide made explicit: enum values by their public names, the
/// mandatory fields as <c>required</c>, unknown properties refused, and the kind as a constant.
/// Built once per kind.
/// </summary>
public static class ActSchemas
{
    private const string Draft = "https://json-schema.org/draft/2020-12/schema";

    private static readonly JsonSerializerOptions TextOptions = new() { WriteIndented = true, Encoder = ActJson.Options.Encoder };

    private static readonly FrozenDictionary<ActKind, string> Schemas =
        Enum.GetValues<ActKind>().ToFrozenDictionary(kind => kind, kind => Build(kind).ToJsonString(TextOptions));

    /// <summary>The schema of a kind, as JSON text.</summary>
    public static string For(ActKind kind) => Schemas[kind];

    /// <summary>Whether a model property is marked mandatory (<see cref="MandatoryAttribute"/>).</summary>
    public static bool IsMandatory(JsonPropertyInfo property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return property.AttributeProvider?.IsDefined(typeof(MandatoryAttribute), inherit: true) == true;
    }

    /// <summary>The enum type behind a type, nullable or not; null when it is no enum.</summary>
    public static Type? EnumOf(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsEnum ? underlying : null;
    }

    private static JsonObject Build(ActKind kind)
    {
        var exporter = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = false, TransformSchemaNode = Transform };
        var schema = (JsonObject)ActJson.Options.GetJsonSchemaAsNode(ActTypes.Of(kind), exporter);
        var name = EnumNames.Of(kind);
        var root = new JsonObject
        {
            ["$schema"] = Draft,
            ["$id"] = $"urn:supervision:act:{name}",
            ["title"] = $"{ActVocabulary.For(ActLanguage.Ru).KindTitle(kind)} / {ActVocabulary.For(ActLanguage.Kk).KindTitle(kind)}",
        };
        foreach (var (key, value) in schema.ToList())
        {
            schema.Remove(key);
            root[key] = value;
        }

        if (root["properties"] is JsonObject properties)
        {
            properties["kind"] = new JsonObject { ["const"] = name };
        }

        var required = root["required"] as JsonArray ?? [];
        foreach (var always in new[] { "language", "kind" })
        {
            if (!required.Any(node => node?.GetValue<string>() == always))
            {
                required.Insert(0, always);
            }
        }

        root["required"] = required;
        root["type"] = "object";
        return root;
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        var type = context.TypeInfo.Type;
        if (EnumOf(type) is { } enumType)
        {
            // The strict converter hides the values from the exporter: write them out.
            var nullable = Nullable.GetUnderlyingType(type) is not null;
            var values = new JsonArray([.. EnumNames.AllOf(enumType).Select(name => (JsonNode)name)]);
            if (nullable)
            {
                values.Add(null);
            }

            return new JsonObject
            {
                ["type"] = nullable ? new JsonArray("string", "null") : "string",
                ["enum"] = values,
            };
        }

        if (NumberType(type) is { } number)
        {
            // The exact number converters (sums and counts read without rounding) hide the type from the
            // exporter as they hide enum values: write it out, so that forms and clients see a number.
            var nullable = Nullable.GetUnderlyingType(type) is not null;
            return new JsonObject { ["type"] = nullable ? new JsonArray(number, "null") : number };
        }

        if (context.TypeInfo.Kind == JsonTypeInfoKind.Object && schema is JsonObject shape && context.TypeInfo.Type.Assembly == typeof(Act).Assembly)
        {
            var mandatory = context.TypeInfo.Properties.Where(IsMandatory).Select(property => (JsonNode)property.Name).ToArray();
            if (mandatory.Length > 0)
            {
                shape["required"] = new JsonArray(mandatory);
            }

            shape["additionalProperties"] = false;
        }

        return schema;
    }

    /// <summary>"number" for a sum, "integer" for a count; null for any other type.</summary>
    private static string? NumberType(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(decimal) => "number",
        var t when t == typeof(int) => "integer",
        _ => null,
    };
}
