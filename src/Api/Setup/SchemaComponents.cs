using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Supervision.Api.Setup;

/// <summary>Puts a type's schema among the document's components once, and refers to it.</summary>
internal static class SchemaComponents
{
    public static async Task<OpenApiSchemaReference> ReferenceAsync(Type type, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document!;
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        if (!document.Components.Schemas.ContainsKey(type.Name))
        {
            var schema = await context.GetOrCreateSchemaAsync(type, null, cancellationToken);
            document.AddComponent(type.Name, schema);
        }

        return new OpenApiSchemaReference(type.Name, document);
    }
}
