namespace Supervision.Api.Register;

/// <summary>The text of a template file at a version.</summary>
/// <param name="Path">"templates-ru/protest.sbn".</param>
/// <param name="Version">The version.</param>
/// <param name="Sha256">The SHA-256 of the text (UTF-8), lowercase hex.</param>
/// <param name="IsLive">Whether this version renders new acts.</param>
/// <param name="Text">The text.</param>
public sealed record TemplateText(string Path, int Version, string Sha256, bool IsLive, string Text);
