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

    /// <summary>Kept for systems that sent it before <see cref="ContestedResolution.Type"/> existed: whether the
    /// resolution unlawfully suspended the proceeding. The type decides what the protest demands; a flag that
    /// contradicts it (true for another type, false for a suspension) is a validation error.</summary>
    public bool? ProceedingSuspended { get; init; }

    /// <summary>The term of consideration in calendar days set by the prosecutor: at least the legal frame's
    /// term (10 in the seed's frame). When absent, the legal term applies.</summary>
    public int? ConsiderationDays { get; init; }
}
