using System.Text.Json;
using Supervision.Acts;

namespace Supervision.Api.Templates;

/// <summary>
/// The body of a template preview (its shape, as the OpenAPI document describes it; the service reads
/// it strictly itself: unknown properties are refused).
/// </summary>
public sealed class PreviewRequestBody
{
    /// <summary>The kind of act the template words.</summary>
    public required ActKind Kind { get; init; }

    /// <summary>The template's language.</summary>
    public required ActLanguage Language { get; init; }

    /// <summary>The edited template text: front matter (<c>+++ kind = "..." language = "..." +++</c>) and body.</summary>
    public required string Template { get; init; }

    /// <summary>Optional: the template file the text replaces, as "templates-kk/_signature.sbn"; by default the act's own template ("templates-kk/order.sbn").</summary>
    public string? File { get; init; }

    /// <summary>Optional: the act to render, as the render endpoint takes it (its kind and language must be the preview's); by default the shipped example of the kind and language.</summary>
    public JsonElement? Model { get; init; }
}
