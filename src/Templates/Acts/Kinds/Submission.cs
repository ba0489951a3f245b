namespace Supervision.Acts;

/// <summary>
/// Submission on eliminating violations of law under art. 25 (p. 9): gross or systematic violations,
/// their causes and conditions, the norms violated, the demands including the liability of the guilty
/// officials, and the term of consideration of at most 30 calendar days.
/// </summary>
public sealed record Submission() : Act(ActKind.Submission)
{
    /// <summary>What the check established.</summary>
    [Mandatory, Prose] public string? Findings { get; init; }

    /// <summary>The gross or systematic violations found.</summary>
    [Mandatory, Prose] public IReadOnlyList<string>? Violations { get; init; }

    /// <summary>The causes and conditions that made the violations possible.</summary>
    [Mandatory, Prose] public IReadOnlyList<string>? Causes { get; init; }

    /// <summary>The norms violated.</summary>
    [Mandatory, Prose] public IReadOnlyList<string>? ViolatedNorms { get; init; }

    /// <summary>What the addressee must do to eliminate the violations, their causes and conditions.</summary>
    [Mandatory, Prose] public IReadOnlyList<string>? Demands { get; init; }

    /// <summary>The officials whose disciplinary liability must be considered, as printed.</summary>
    public string? ResponsibleOfficials { get; init; }

    /// <summary>The term of consideration in calendar days, set by the prosecutor: at most 30.</summary>
    [Mandatory] public int? ConsiderationDays { get; init; }
}
