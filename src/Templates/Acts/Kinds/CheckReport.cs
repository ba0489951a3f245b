namespace Supervision.Acts;

/// <summary>
/// Information to the General Prosecutor's Office on the results of the check, at least once a year, of the
/// territorial departments of the authorised body and of private bailiffs (p. 11): the period and the objects
/// checked, the violations found, the acts brought (a table by kind), the results and the proposals. Delivered
/// by the 7th day of the month after the check (a term of the legal frame).
/// </summary>
public sealed record CheckReport() : Act(ActKind.CheckReport)
{
    /// <summary>The first day of the period of activity checked.</summary>
    [Mandatory] public DateOnly? PeriodStart { get; init; }

    /// <summary>The last day of the period of activity checked; not after the check's end.</summary>
    [Mandatory] public DateOnly? PeriodEnd { get; init; }

    /// <summary>The day the check began.</summary>
    [Mandatory] public DateOnly? CheckStart { get; init; }

    /// <summary>The day the check ended: the information is due by the 7th of the next month.</summary>
    [Mandatory] public DateOnly? CheckEnd { get; init; }

    /// <summary>The departments and private bailiffs checked, each in the nominative as printed in a list.</summary>
    [Mandatory, Prose] public IReadOnlyList<string>? Objects { get; init; }

    /// <summary>What the check established in general (numbers of proceedings studied, the state of legality).</summary>
    [Mandatory, Prose] public string? Findings { get; init; }

    /// <summary>The violations of the law on enforcement proceedings found.</summary>
    [Mandatory, Prose] public IReadOnlyList<string>? Violations { get; init; }

    /// <summary>The acts of supervision brought on the check's results, a row per kind of act.</summary>
    [Mandatory] public IReadOnlyList<ActFigures>? Acts { get; init; }

    /// <summary>The results: violations eliminated, rights restored, persons brought to liability.</summary>
    [Mandatory, Prose] public string? Results { get; init; }

    /// <summary>The proposals to the General Prosecutor's Office.</summary>
    [Mandatory, Prose] public IReadOnlyList<string>? Proposals { get; init; }
}
