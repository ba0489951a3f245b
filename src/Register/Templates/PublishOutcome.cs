using Supervision.Templating;

namespace Supervision.Register;

/// <summary>What came of publishing an edited template.</summary>
public abstract record PublishOutcome
{
    private PublishOutcome()
    {
    }

    /// <summary>The edit is the new live version of its file.</summary>
    /// <param name="Version">The version created.</param>
    public sealed record Published(TemplateVersion Version) : PublishOutcome;

    /// <summary>The whole set with the edit did not pass the linter (or the path is not a template's); nothing was published.</summary>
    /// <param name="Problems">Every problem, with file, line and column.</param>
    public sealed record Rejected(IReadOnlyList<TemplateProblem> Problems) : PublishOutcome;
}
