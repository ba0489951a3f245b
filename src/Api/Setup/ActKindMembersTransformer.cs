using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Supervision.Acts;

namespace Supervision.Api.Setup;

/// <summary>
/// Makes every kind's model, a member of the act body's <c>oneOf</c>, say what the kind's JSON Schema
/// (<c>GET /api/acts/{kind}/schema</c>) says: <c>kind</c> is this kind's name alone, and it and
/// <c>language</c> are required — so that the body's discriminator on <c>kind</c> always picks one member.
/// Done on the finished document: the schema transformer would give <c>kind</c> every kind's name again.
/// </summary>
internal sealed class ActKindMembersTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var schemas = document.Components?.Schemas;
        if (schemas is null)
        {
            return Task.CompletedTask;
        }

        foreach (var kind in Enum.GetValues<ActKind>())
        {
            if (schemas.TryGetValue(ActTypes.Of(kind).Name, out var member) && member is OpenApiSchema schema)
            {
                schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
                // The model's Kind has no setter (the type decides it); that must not make it read-only here: clients send it.
                schema.Properties["kind"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Enum = [JsonValue.Create(EnumNames.Of(kind))],
                    Description = "The kind of act: this model's kind alone.",
                };
                schema.Required ??= new HashSet<string>();
                schema.Required.Add("kind");
                schema.Required.Add("language");
            }
        }

        return Task.CompletedTask;
    }
}
