using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Supervision.Api.Access;

namespace Supervision.Api.Setup;

/// <summary>Documents how <c>/api</c> operations are called — a client key in <c>X-Api-Key</c>, or the session cookie with <c>X-CSRF-Token</c> — and their 401 and 403 problems.</summary>
internal sealed class AccessOperationTransformer : IOpenApiOperationTransformer
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
            Name = ClientKeyHandler.Header,
            Description = "A machine client's key (client add prints it once). People use the session cookie of /signin instead, with X-CSRF-Token on every state-changing call. Rendering is open without either only while the service listens on loopback (Access:AnonymousRenderOnLoopback).",
        });
        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] }];

        var problem = await SchemaComponents.ReferenceAsync(typeof(ProblemDetails), context, cancellationToken);
        operation.Responses ??= [];
        operation.Responses.TryAdd("401", new OpenApiResponse
        {
            Description = "Nobody is signed in and no accepted key is in X-Api-Key.",
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = problem } },
        });
        operation.Responses.TryAdd("403", new OpenApiResponse
        {
            Description = "The signed-in person or the client lacks the capability (see docs/access-matrix.md).",
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = problem } },
        });
    }
}
