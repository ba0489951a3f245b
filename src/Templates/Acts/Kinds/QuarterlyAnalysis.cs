namespace Supervision.Acts;

/// <summary>
/// Information to the General Prosecutor's Office on the quarterly analysis of the state of prosecutorial
/// supervision over enforcement proceedings and of legality in the administration of justice and the execution
/// of executive documents in the region (p. 11): prose sections and tables of figures for the office and the
/// offices below it. Delivered by the 7th day of the month after the quarter (a term of the legal frame).
/// </summary>
public sealed record QuarterlyAnalysis() : Act(ActKind.QuarterlyAnalysis)
{
    /// <summary>The year of the quarter analysed.</summary>
    [Mandatory] public int? Year { get; init; }

    /// <summary>The quarter analysed, 1 to 4; it has ended by the act's date.</summary>
    [Mandatory] public int? Quarter { get; init; }

    /// <summary>The state of prosecutorial supervision: checks made, files studied, acts brought and their results.</summary>
    [Mandatory, Prose] public string? SupervisionState { get; init; }

    /// <summary>The state of legality in enforcement: the work of the departments and private bailiffs, the
    /// execution of executive documents, recoveries.</summary>
    [Mandatory, Prose] public string? LegalityState { get; init; }

    /// <summary>The typical violations found in the quarter.</summary>
    [Mandatory, Prose] public IReadOnlyList<string>? Violations { get; init; }

    /// <summary>The acts of supervision in the quarter, a row per kind of act, for the office and the offices below it together.</summary>
    [Mandatory] public IReadOnlyList<ActFigures>? Acts { get; init; }

    /// <summary>The recoveries under executive documents in the quarter, a row per office (the office and the offices below it).</summary>
    [Mandatory] public IReadOnlyList<RecoveryFigures>? Recoveries { get; init; }

    /// <summary>The proposals to the General Prosecutor's Office.</summary>
    [Mandatory, Prose] public IReadOnlyList<string>? Proposals { get; init; }
}
