using Supervision.Acts;

namespace Supervision.Api.Templates;

/// <summary>A preview request as read: the edited template text, the file it replaces, and the act to render.</summary>
/// <param name="Template">The edited template text.</param>
/// <param name="File">The template file the text replaces, or null for the act's own template.</param>
/// <param name="Act">The act to render (the request's model, or the shipped example).</param>
public sealed record PreviewRequest(string Template, string? File, Act Act);
