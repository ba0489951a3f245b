using Supervision.Validation;

namespace Supervision.Register;

/// <summary>What came of a decision on a draft: the draft as it now stands, the act issued from it,
/// the act's errors, or why it was refused.</summary>
public abstract record DraftOutcome
{
    private DraftOutcome()
    {
    }

    /// <summary>The draft is stored as it now stands (created, changed, submitted, returned, or signed and awaiting approval).</summary>
    /// <param name="Draft">The draft.</param>
    public sealed record Saved(Draft Draft) : DraftOutcome;

    /// <summary>The act is issued; the draft is linked to it and never changes again.</summary>
    /// <param name="Draft">The draft, state issued.</param>
    /// <param name="Act">The register's record of the act.</param>
    /// <param name="Documents">The documents produced, whose hashes are stored.</param>
    public sealed record Issued(Draft Draft, IssuedAct Act, IReadOnlyList<IssuedDocument> Documents) : DraftOutcome;

    /// <summary>The act, with the signature (and approval) filled in, does not pass validation; nothing changed.</summary>
    /// <param name="Errors">Every error, with its path, code and message in the act's language.</param>
    public sealed record Invalid(IReadOnlyList<ValidationError> Errors) : DraftOutcome;

    /// <summary>The decision is refused; nothing changed.</summary>
    /// <param name="Refusal">The code (forbidden, not-found, conflict, invalid-input) and why.</param>
    public sealed record Refused(Refusal Refusal) : DraftOutcome;
}
