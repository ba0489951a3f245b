using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Supervision.Api.Setup;

/// <summary>
/// The document's title, description and licence. Its <c>servers</c> are the address the document was
/// asked at (Microsoft.AspNetCore.OpenApi fills them from the request, behind a proxy from its forwarded
/// headers), so a client generated from a saved copy calls the service it came from.
/// </summary>
internal sealed class DocumentInfoTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Supervision render API",
            Version = "v1",
            Description = "Prosecutorial acts of Kazakhstan in Kazakh and Russian: JSON in, DOCX, PDF or HTML out, "
                + "or every error as problem details (RFC 9457); the register of issued acts, its drafts, signatures and audit trail. "
                + "People call with the session cookie of /signin (and X-CSRF-Token on every state-changing call), machine clients "
                + "with a key in X-Api-Key; each operation says which it accepts.",
            License = new OpenApiLicense
            {
                Name = "Proprietary: for the prosecutor's offices of the Republic of Kazakhstan",
                Identifier = "LicenseRef-Supervision-Proprietary",
            },
        };
        // "http://host/" and "http://host" are the same server; generators join paths to it without the slash.
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            tag.Description ??= TagDescriptions.GetValueOrDefault(tag.Name ?? "");
        }

        return Task.CompletedTask;
    }

    /// <summary>What each group of operations (a tag: the controllers' <c>[Tags]</c>) is for.</summary>
    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Acts"] = "Render and validate acts of the nineteen kinds; their kinds, JSON Schemas and examples.",
        ["Drafts"] = "Drafts of acts: made, submitted, returned, signed and approved by the people the law names.",
        ["Register"] = "Issued acts, their documents and statuses, control lists, indicators, template versions and the audit trail.",
        ["Templates"] = "Preview an edited template; read the live ones.",
        ["Signing"] = "EDS signatures of issued acts made with NCALayer.",
        ["Session"] = "The signed-in person's session and its CSRF token.",
        ["Proceedings"] = "Tracked enforcement proceedings (p. 17) and their indicators.",
        ["Health"] = "Whether the service answers, with its templates loaded.",
        ["Pages"] = "Pages for browsers: the control page, act forms, amounts in words and the public verification page.",
    };
}
