using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Supervision.Acts;

namespace Supervision.Api.Setup;

/// <summary>
/// Gives operations marked <see cref="JsonRequestBodyAttribute"/> their JSON request body; an act body
/// is one of the kinds' models (<c>oneOf</c>, discriminated by <c>kind</c>), each a component schema.
/// </summary>
internal sealed class RequestBodyTransformer : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var marker = context.Description.ActionDescriptor.EndpointMetadata.OfType<JsonRequestBodyAttribute>().FirstOrDefault();
        if (marker is null)
        {
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<Verification.FormReadByActionAttribute>().Any())
            {
                operation.RequestBody = FileForm();
            }

            return;
        }

        IOpenApiSchema schema;
        if (marker.BodyType == typeof(Act))
        {
            var kinds = new List<IOpenApiSchema>();
            var mapping = new Dictionary<string, OpenApiSchemaReference>();
            foreach (var kind in Enum.GetValues<ActKind>())
            {
                var type = ActTypes.Of(kind);
                var reference = await SchemaComponents.ReferenceAsync(type, context, cancellationToken);
                kinds.Add(reference);
                mapping[EnumNames.Of(kind)] = reference;
            }

            schema = new OpenApiSchema
            {
                OneOf = kinds,
                Discriminator = new OpenApiDiscriminator { PropertyName = "kind", Mapping = mapping },
            };
        }
        else
        {
            schema = await SchemaComponents.ReferenceAsync(marker.BodyType, context, cancellationToken);
        }

        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new() { Schema = schema },
            },
        };
    }

    /// <summary>A form with one file in the field "file" (the verification page's PDF to compare).</summary>
    private static OpenApiRequestBody FileForm() => new()
    {
        Required = true,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["multipart/form-data"] = new()
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Properties = new Dictionary<string, IOpenApiSchema> { ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
                },
            },
        },
    };
}
