namespace Supervision.Validation;

/// <summary>
/// What the validator found in an act, in the order of the act's fields: the errors, which stop the act
/// from being rendered or issued, and the warnings, which never do (a sum without its words, a law cited
/// without its article, a date after today) but which the prosecutor should look at before signing.
/// </summary>
public sealed record ValidationReport(IReadOnlyList<ValidationError> Errors)
{
    /// <summary>Things to look at that do not stop the act; each with path, code and a message in the act's language.</summary>
    public IReadOnlyList<ValidationError> Warnings { get; init; } = [];

    /// <summary>Whether the act may be rendered: it has no errors, whatever its warnings.</summary>
    public bool IsValid => Errors.Count == 0;
}
