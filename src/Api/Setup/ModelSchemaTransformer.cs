using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Supervision.Acts;
using Supervision.Api.Acts;

namespace Supervision.Api.Setup;

/// <summary>
/// Makes the OpenAPI schemas of the act models say what the reader enforces: enum values by their
/// public names (the strict converter hides them from the schema generator), mandatory fields required,
/// unknown properties refused.
/// </summary>
internal sealed class ModelSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (ActSchemas.EnumOf(type) is { } enumType)
        {
            var nullable = Nullable.GetUnderlyingType(type) is not null;
            schema.Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
            schema.Format = null;
            schema.Enum = [.. EnumNames.AllOf(enumType).Select(name => (JsonNode)JsonValue.Create(name))];
            return Task.CompletedTask;
        }

        if (context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object && type.Assembly == typeof(Act).Assembly)
        {
            foreach (var property in context.JsonTypeInfo.Properties.Where(ActSchemas.IsMandatory))
            {
                schema.Required ??= new HashSet<string>();
                schema.Required.Add(property.Name);
            }

            schema.AdditionalPropertiesAllowed = false;
        }

        return Task.CompletedTask;
    }
}
