using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Supervision.Api.Setup;

/// <summary>
/// Says per operation who may call it, as the endpoint declares it (<c>[Authorize(Policy = …)]</c> or
/// <c>[AllowAnonymous]</c>) and <c>docs/access-matrix.md</c> tabulates it: anonymous operations carry an
/// empty <c>security</c>; the others accept the session cookie (with <c>X-CSRF-Token</c> when they change
/// state) and, where a client scope opens the capability, a key in <c>X-Api-Key</c> naming that scope.
/// Operations that need someone also document their 401 and 403 problems.
/// </summary>
internal sealed class AccessOperationTransformer : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var policy = metadata.OfType<IAuthorizeData>().Select(data => data.Policy).LastOrDefault(name => name is not null);
        var document = context.Document!;
        SecuritySchemes.Declare(document);
        if (policy is null || metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = [];
            return;
        }

        var changesState = !HttpMethods.IsGet(context.Description.HttpMethod ?? HttpMethods.Get);
        var session = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecuritySchemes.Session, document)] = [] };
        if (changesState)
        {
            session[new OpenApiSecuritySchemeReference(SecuritySchemes.Csrf, document)] = [];
        }

        operation.Security = [session];
        if (SecuritySchemes.ClientScopeOpening(policy) is { } scope)
        {
            // OpenAPI 3.1 lets a requirement of a non-OAuth scheme list the roles it needs: here the client's scope.
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecuritySchemes.ApiKey, document)] = [scope] });
        }

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
