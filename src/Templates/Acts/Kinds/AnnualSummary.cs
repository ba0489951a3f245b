namespace Supervision.Acts;

/// <summary>
/// Information to the General Prosecutor's Office on the annual generalisation of the state of legality in the
/// execution of executive documents on recoveries of money and property for the state's revenue and of court
/// acts made on prosecutors' claims (p. 12): prose sections and two tables of figures. Delivered by 7 January of
/// the next year (a term of the legal frame).
/// </summary>
public sealed record AnnualSummary() : Act(ActKind.AnnualSummary)
{
    /// <summary>The year generalised; it has ended by the act's date.</summary>
    [Mandatory] public int? Year { get; init; }

    /// <summary>The execution of executive documents on recoveries for the state's revenue.</summary>
    [Mandatory, Prose] public string? StateRevenue { get; init; }

    /// <summary>The execution of court acts made on prosecutors' claims.</summary>
    [Mandatory, Prose] public string? ProsecutorClaims { get; init; }

    /// <summary>The causes of non-execution and the violations found.</summary>
    [Mandatory, Prose] public IReadOnlyList<string>? Violations { get; init; }

    /// <summary>Recoveries for the state's revenue, a row per office.</summary>
    [Mandatory] public IReadOnlyList<RecoveryFigures>? StateRevenueFigures { get; init; }

    /// <summary>Recoveries under court acts on prosecutors' claims, a row per office.</summary>
    [Mandatory] public IReadOnlyList<RecoveryFigures>? ProsecutorClaimFigures { get; init; }

    /// <summary>The proposals to the General Prosecutor's Office.</summary>
    [Mandatory, Prose] public IReadOnlyList<string>? Proposals { get; init; }
}
