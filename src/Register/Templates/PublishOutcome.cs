using Supervision.Templating;

namespace Supervision.Register;

/// <summary>What came of publishing an edited template.</summary>
public abstract record PublishOutcome
{
    private PublishOutcome()
    {
    }

    /// <summary>The edit (or the approved proposal) is the new live version of its file.</summary>
    /// <param name="Version">The version created.</param>
    public sealed record Published(TemplateVersion Version) : PublishOutcome;

    /// <summary>The edit is stored as the file's next version, pending until another editor approves it.</summary>
    /// <param name="Version">The version proposed.</param>
    public sealed record Proposed(TemplateVersion Version) : PublishOutcome;

    /// <summary>The principal may not propose or approve this, or the version is not in a state for it; nothing changed.</summary>
    /// <param name="Refusal">The code and why.</param>
    public sealed record Refused(Refusal Refusal) : PublishOutcome;

    /// <summary>The whole set with the edit did not pass the linter (or the path is not a template's); nothing was published.</summary>
    /// <param name="Problems">Every problem, with file, line and column.</param>
    public sealed record Rejected(IReadOnlyList<TemplateProblem> Problems) : PublishOutcome;
}
