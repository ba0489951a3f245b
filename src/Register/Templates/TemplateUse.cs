namespace Supervision.Register;

/// <summary>A template file at a version, as an issued act names it.</summary>
/// <param name="Path">"templates-kk/instruction.sbn", "templates-kk/_signature.sbn".</param>
/// <param name="Version">1 for the shipped wording, then one more for each publication.</param>
public sealed record TemplateUse(string Path, int Version);
