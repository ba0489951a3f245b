using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Supervision.Api.Setup;

/// <summary>Documents the key every <c>/api</c> operation needs once keys are configured, and its 401 problem.</summary>
internal sealed class ApiKeyOperationTransformer : IOpenApiOperationTransformer
{
    public const string SchemeName = "ApiKey";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.RelativePath?.StartsWith("api/", StringComparison.OrdinalIgnoreCase) != true)
        {
            return;
        }

        var document = context.Document!;
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes.TryAdd(SchemeName, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeys.Header,
            Description = "Needed on every /api request once the service has keys configured (ApiKeys__0, ...); not needed when none are.",
        });
        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] }];

        var problem = await SchemaComponents.ReferenceAsync(typeof(ProblemDetails), context, cancellationToken);
        operation.Responses ??= [];
        operation.Responses.TryAdd("401", new OpenApiResponse
        {
            Description = "Keys are configured and the request has none in X-Api-Key, or a wrong one.",
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = problem } },
        });
    }
}
