using Supervision.Validation;

namespace Supervision.Register;

/// <summary>What came of issuing: the stored act with its documents, the act's errors, or why it was refused.</summary>
public abstract record IssueOutcome
{
    private IssueOutcome()
    {
    }

    /// <summary>The act is in the register under its number; the documents are the ones stored with their hashes.</summary>
    /// <param name="Act">The register's record of the act.</param>
    /// <param name="Documents">The documents rendered at issue and kept: the PDF (<see cref="IssuedFormats.Kept"/>).
    /// The DOCX and HTML are re-created when asked (<see cref="ActRegister.RenderAsync(IssuedAct, Generation.OutputFormat, string, CancellationToken)"/>).</param>
    public sealed record Issued(IssuedAct Act, IReadOnlyList<IssuedDocument> Documents) : IssueOutcome;

    /// <summary>The act did not pass validation; nothing was stored and no number was used.</summary>
    /// <param name="Errors">Every error, with its path, code and message in the act's language.</param>
    public sealed record Invalid(IReadOnlyList<ValidationError> Errors) : IssueOutcome;

    /// <summary>The act cannot be issued as asked (an unknown office, a template failure); nothing was stored.</summary>
    /// <param name="Message">One line saying why.</param>
    /// <param name="Code">The refusal's code: <see cref="Refusal.InvalidInput"/> (an unknown office, a template failure),
    /// <see cref="Refusal.Forbidden"/> or <see cref="Refusal.Conflict"/> (an act that needs approval).</param>
    public sealed record Refused(string Message, string Code = Refusal.InvalidInput) : IssueOutcome;
}
