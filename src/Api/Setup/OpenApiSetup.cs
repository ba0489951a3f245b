using Microsoft.OpenApi;

namespace Supervision.Api.Setup;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c>: every endpoint, its bodies, answers and problems.</summary>
public static class OpenApiSetup
{
    /// <summary>Registers the document with the service's transformers.</summary>
    public static IServiceCollection AddApiOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddSchemaTransformer<ModelSchemaTransformer>();
            options.AddOperationTransformer<RequestBodyTransformer>();
            options.AddOperationTransformer<Batch.BatchRequestBodyTransformer>();
            options.AddOperationTransformer<ParameterValuesTransformer>();
            options.AddOperationTransformer<AccessOperationTransformer>();
            options.AddOperationTransformer<Idempotency.IdempotencyKeyTransformer>();
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Supervision render API",
                    Version = "v1",
                    Description = "Prosecutorial acts of Kazakhstan in Kazakh and Russian: JSON in, DOCX, PDF or HTML out, "
                        + "or every error as problem details (RFC 9457). When keys are configured, every /api request "
                        + "needs one in the X-Api-Key header.",
                };
                return Task.CompletedTask;
            });
        });
}
