using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Supervision.Api.Idempotency;

/// <summary>Documents the <c>Idempotency-Key</c> request header on operations marked <see cref="IdempotentAttribute"/>,
/// and the <c>Idempotency-Replayed</c> header of their 200 answer.</summary>
internal sealed class IdempotencyKeyTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<IdempotentAttribute>().Any())
        {
            return Task.CompletedTask;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyKey.Header,
            In = ParameterLocation.Header,
            Required = false,
            Description = "A key of the client's choosing (a Structured Field string such as \"8e03978e-40d5-43e8-bc93-6894a57f9324\", or the bare key; "
                + "1 to 255 printable ASCII characters) that makes a retry safe: the same key with the same request gets the first answer again, "
                + "with Idempotency-Replayed: true, and does nothing twice; with another request it is 422; while the first is still running, 409. "
                + "Keys are the caller's own and kept at least 24 hours (7 days unless the service is set otherwise).",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = IdempotencyKey.MaxLength },
        });
        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse response)
        {
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers[IdempotencyKey.ReplayedHeader] = new OpenApiHeader
            {
                Description = "true where the answer is the one remembered for the Idempotency-Key: nothing was done now.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [System.Text.Json.Nodes.JsonValue.Create("true")] },
            };
        }

        return Task.CompletedTask;
    }
}
