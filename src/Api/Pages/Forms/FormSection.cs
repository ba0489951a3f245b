namespace Supervision.Api.Pages.Forms;

/// <summary>A section of the act form.</summary>
/// <param name="Id">"requisites" (number, date, office, addressee, proceeding), "content" (what the act says), or "signature" (who signs, approves and prepared it, attachments).</param>
/// <param name="Fields">Its top-level fields, in the order the form shows them.</param>
public sealed record FormSection(string Id, IReadOnlyList<string> Fields);
