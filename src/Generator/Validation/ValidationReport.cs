namespace Supervision.Validation;

/// <summary>Every error found in an act, in the order of the act's fields; empty when the act is valid.</summary>
public sealed record ValidationReport(IReadOnlyList<ValidationError> Errors)
{
    /// <summary>Whether the act may be rendered.</summary>
    public bool IsValid => Errors.Count == 0;
}
