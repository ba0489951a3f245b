using Supervision.Acts;

namespace Supervision.Register;

/// <summary>Which acts the indicators count: those of an office (or all) dated within a period.</summary>
/// <param name="OfficeCode">One office, or every office.</param>
/// <param name="From">The first day of the period.</param>
/// <param name="To">The last day of the period.</param>
/// <param name="AsOf">The day open acts are judged on (overdue or still in term); today where not given.</param>
public sealed record IndicatorQuery(string? OfficeCode, DateOnly From, DateOnly To, DateOnly? AsOf = null);

/// <summary>
/// The indicators the register can compute for an office and period. p. 17's two indicators are computed
/// exactly over the enforcement proceedings the controllers track (<see cref="P17"/>: the office and the
/// offices below it); where none is tracked for the office and period they are listed in
/// <see cref="NotComputable"/>, and the execution in favour of the state is still approximated from the
/// acts on proceedings whose creditor is the state (<see cref="StateRecovery"/>).
/// </summary>
public sealed record Indicators
{
    /// <summary>The query answered.</summary>
    public required IndicatorQuery Query { get; init; }

    /// <summary>The day open acts were judged on.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Acts issued in the period.</summary>
    public required int Issued { get; init; }

    /// <summary>Acts issued per kind.</summary>
    public required IReadOnlyDictionary<ActKind, int> IssuedByKind { get; init; }

    /// <summary>Acts that set a term (have a due date).</summary>
    public required int WithTerm { get; init; }

    /// <summary>Acts with a term executed or answered on or before their due date.</summary>
    public required int OnTime { get; init; }

    /// <summary>Acts with a term executed or answered after their due date.</summary>
    public required int Late { get; init; }

    /// <summary>Acts with a term still open after their due date.</summary>
    public required int Overdue { get; init; }

    /// <summary>Acts with a term still open and still in term.</summary>
    public required int InTerm { get; init; }

    /// <summary>Acts withdrawn.</summary>
    public required int Withdrawn { get; init; }

    /// <summary>Share of acts executed on time among those whose outcome is known or whose term has run out:
    /// on time / (on time + late + overdue); null when there are none.</summary>
    public decimal? OnTimeShare => OnTime + Late + Overdue == 0 ? null : Math.Round((decimal)OnTime / (OnTime + Late + Overdue), 4);

    /// <summary>p. 17, execution in favour of the state, from the acts on proceedings for the state.</summary>
    public required StateRecovery State { get; init; }

    /// <summary>p. 17's indicators over the tracked proceedings of the office (and those below it) in execution in the period.</summary>
    public required P17Indicators P17 { get; init; }

    /// <summary>Indicators the data does not allow, each with why: p. 17's where no proceeding is tracked.</summary>
    public required IReadOnlyList<string> NotComputable { get; init; }
}

/// <summary>
/// p. 17's "execution in favour of the state": the sum collected on the basis of prosecutorial acts
/// against the sum to collect, over the enforcement proceedings for the state that the period's acts
/// were brought on. A proceeding counts once (by its number) with its sum to collect and the largest
/// collected sum reported when one of its acts was closed.
/// </summary>
/// <param name="Proceedings">Proceedings for the state with a sum to collect.</param>
/// <param name="ToCollect">Their sums to collect, in tenge.</param>
/// <param name="Collected">The sums collected, as reported with the acts' answers, in tenge.</param>
public sealed record StateRecovery(int Proceedings, decimal ToCollect, decimal Collected)
{
    /// <summary>Collected / to collect; null when there is nothing to collect.</summary>
    public decimal? Share => ToCollect == 0 ? null : Math.Round(Collected / ToCollect, 4);
}
