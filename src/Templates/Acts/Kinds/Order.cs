namespace Supervision.Acts;

/// <summary>
/// Order to eliminate a violation of law under art. 24 (p. 9): an obvious violation that may cause
/// substantial harm, the norms violated, concrete measures to eliminate it, and the term of execution.
/// </summary>
public sealed record Order() : Act(ActKind.Order)
{
    /// <summary>What the check established.</summary>
    [Mandatory, Prose] public string? Findings { get; init; }

    /// <summary>The obvious violations found.</summary>
    [Mandatory, Prose] public IReadOnlyList<string>? Violations { get; init; }

    /// <summary>The substantial harm the violations may cause, and to whom.</summary>
    [Mandatory, Prose] public string? Harm { get; init; }

    /// <summary>References to the violated legal norms.</summary>
    [Mandatory, Prose] public IReadOnlyList<string>? ViolatedNorms { get; init; }

    /// <summary>Concrete measures proposed to eliminate the violations.</summary>
    [Mandatory, Prose] public IReadOnlyList<string>? Demands { get; init; }

    /// <summary>The term of execution; after the act date.</summary>
    [Mandatory] public DateOnly? Deadline { get; init; }
}
