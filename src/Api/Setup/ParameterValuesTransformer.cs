using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Supervision.Acts;
using Supervision.Api.Acts;

namespace Supervision.Api.Setup;

/// <summary>Lists the accepted values of the query and path parameters that take names: format, variant, language, instance, kind.</summary>
internal sealed class ParameterValuesTransformer : IOpenApiOperationTransformer
{
    private static readonly Dictionary<string, IReadOnlyList<string>> Values = new(StringComparer.Ordinal)
    {
        ["format"] = OutputFormatCatalog.Contract,
        ["variant"] = Variants.All,
        ["language"] = EnumNames.All<ActLanguage>(),
        ["instance"] = EnumNames.All<ConclusionInstance>(),
        ["kind"] = EnumNames.All<ActKind>(),
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            if (parameter.Name is { } name && Values.TryGetValue(name, out var values))
            {
                parameter.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Enum = [.. values.Select(value => (JsonNode)JsonValue.Create(value))],
                };
            }
        }

        return Task.CompletedTask;
    }
}
