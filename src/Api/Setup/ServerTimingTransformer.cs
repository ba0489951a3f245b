using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Supervision.Api.Setup;

/// <summary>Documents the <c>Server-Timing</c> header on the success answers of an operation marked
/// <see cref="WritesRegisterAttribute"/>: a refusal rolls its write back and a replayed answer writes nothing, so
/// neither carries it.</summary>
internal sealed class ServerTimingTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<WritesRegisterAttribute>().Any())
        {
            return Task.CompletedTask;
        }

        foreach (var (status, answer) in operation.Responses ?? [])
        {
            if (status.StartsWith('2') && answer is OpenApiResponse response)
            {
                response.Headers ??= new Dictionary<string, IOpenApiHeader>();
                response.Headers[ServerTiming.Header] = Header();
            }
        }

        return Task.CompletedTask;
    }

    private static OpenApiHeader Header() => new()
    {
        Description = "Where the request's time went in the register (W3C Server Timing), present where it wrote to the register (not on a replayed answer): "
            + "render (composing and typesetting an act to issue), turn (waiting for the office's act before it), store (the write "
            + "transaction, waiting for the audit head included) and hold (the part of it holding the audit head), each in ms, e.g. "
            + "render;desc=\"composing and typesetting\";dur=24.1, store;desc=\"write transaction\";dur=6.3. Durations only.",
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };
}
