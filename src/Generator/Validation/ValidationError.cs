namespace Supervision.Validation;

/// <summary>One thing wrong with an act, or (in <see cref="ValidationReport.Warnings"/>) one thing to look at.</summary>
/// <param name="Path">Where: the JSON path of the field, e.g. "signatory.position" or "violations[2]".</param>
/// <param name="Code">What, as a stable code for programs: "required", "signatory-not-authorized", ...</param>
/// <param name="Message">What, for the prosecutor, in the act's language.</param>
public sealed record ValidationError(string Path, string Code, string Message)
{
    /// <summary>"signatory.position: signatory-not-authorized: ..." as the CLI prints it.</summary>
    public override string ToString() => $"{Path}: {Code}: {Message}";
}
