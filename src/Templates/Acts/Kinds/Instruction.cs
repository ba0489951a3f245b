namespace Supervision.Acts;

/// <summary>
/// Written instruction under art. 22 (p. 9): the enforcement actions not done or done late, the specific
/// actions the bailiff must take, and the deadline for them.
/// </summary>
public sealed record Instruction() : Act(ActKind.Instruction)
{
    /// <summary>What the check established: the proceeding's course and what was found.</summary>
    [Mandatory, Prose] public string? Findings { get; init; }

    /// <summary>The violations found: incomplete enforcement actions, missed enforcement deadlines.</summary>
    [Mandatory, Prose] public IReadOnlyList<string>? Violations { get; init; }

    /// <summary>The norms the violations breach, where the prosecutor names them.</summary>
    [Prose] public IReadOnlyList<string>? ViolatedNorms { get; init; }

    /// <summary>The specific enforcement actions demanded.</summary>
    [Mandatory, Prose] public IReadOnlyList<string>? Demands { get; init; }

    /// <summary>The date by which the demanded actions must be done; after the act date.</summary>
    [Mandatory] public DateOnly? Deadline { get; init; }
}
