namespace Supervision.Acts;

/// <summary>
/// Protest under art. 19 (p. 9) against an unlawful resolution of a bailiff: the resolution, why it is
/// unlawful with the norms, the demand to cancel it and, where the proceeding was unlawfully suspended,
/// to resume it at once and enforce the executive document.
/// </summary>
public sealed record Protest() : Act(ActKind.Protest)
{
    /// <summary>The course of the proceeding and what the check established, where the prosecutor sets it out
    /// before the grounds.</summary>
    [Prose] public string? Findings { get; init; }

    /// <summary>The resolution contested.</summary>
    [Mandatory] public ContestedResolution? ContestedResolution { get; init; }

    /// <summary>Why the resolution is unlawful.</summary>
    [Mandatory, Prose] public IReadOnlyList<string>? Grounds { get; init; }

    /// <summary>The norms the resolution violates.</summary>
    [Mandatory, Prose] public IReadOnlyList<string>? ViolatedNorms { get; init; }

    /// <summary>Whether the resolution unlawfully suspended the proceeding: the protest then also demands
    /// its immediate resumption and measures to enforce the executive document.</summary>
    public bool ProceedingSuspended { get; init; }

    /// <summary>The term of consideration in calendar days set by the prosecutor: at least 10.
    /// When absent, the legal term of 10 calendar days applies.</summary>
    public int? ConsiderationDays { get; init; }
}
