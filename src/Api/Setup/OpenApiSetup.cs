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
            options.AddOperationTransformer<ServerTimingTransformer>();
            options.AddDocumentTransformer<DocumentInfoTransformer>();
            options.AddDocumentTransformer<ActKindMembersTransformer>();
        });
}
