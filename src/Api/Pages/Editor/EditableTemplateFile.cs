namespace Supervision.Api.Pages.Editor;

/// <summary>One template file as it is live.</summary>
/// <param name="File">Its path in the template set: "templates-ru/_signature.sbn".</param>
/// <param name="Version">Its live version in the register: 1 for the shipped wording, then one more per publication.</param>
/// <param name="Text">Its text.</param>
public sealed record EditableTemplateFile(string File, int Version, string Text);
