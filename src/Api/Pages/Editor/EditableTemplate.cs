namespace Supervision.Api.Pages.Editor;

/// <summary>The live text of an act's template and of the partials it includes, as the template editor starts from.</summary>
/// <param name="Kind">The kind of act.</param>
/// <param name="Language">The template's language.</param>
/// <param name="Instance">For a conclusion, the instance asked for; else null.</param>
/// <param name="File">The act's own template: "templates-kk/order.sbn".</param>
/// <param name="Files">That template first, then each partial it includes, directly or through another ("templates-kk/_signature.sbn").</param>
public sealed record EditableTemplate(string Kind, string Language, string? Instance, string File, IReadOnlyList<EditableTemplateFile> Files);
