using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Supervision.Api.Batch;

/// <summary>
/// Gives the batch operation its request body: a JSON array whose items are acts as the render endpoint
/// takes them (each checked on its own, so the document does not repeat the kinds' union here), or NDJSON.
/// </summary>
internal sealed class BatchRequestBodyTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<BatchRequestBodyAttribute>().Any())
        {
            return Task.CompletedTask;
        }

        var act = new OpenApiSchema { Type = JsonSchemaType.Object, Description = "An act, as POST /api/acts/render takes it." };
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "The acts: a JSON array, or NDJSON (one act a line).",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Array, Items = act } },
                [BatchBodyReader.NdjsonMediaType] = new() { Schema = act },
            },
        };
        return Task.CompletedTask;
    }
}
