namespace Supervision.Register;

/// <summary>
/// p. 17, execution in favour of the state: over the proceedings on recoveries for the state whose
/// execution term set by law was breached, the sum recovered on the basis of acts of prosecutorial
/// supervision against the sum due.
/// </summary>
/// <param name="Proceedings">Proceedings counted: for the state, term breached.</param>
/// <param name="SumDue">Their sums due, in tenge.</param>
/// <param name="Recovered">Recovered on them on the basis of acts of supervision, in tenge.</param>
/// <param name="TermKept">Proceedings for the state tracked whose term was not breached: not counted.</param>
public sealed record StateExecution(int Proceedings, decimal SumDue, decimal Recovered, int TermKept)
{
    /// <summary>Recovered / sum due, to four decimals; null when nothing is due.</summary>
    public decimal? Share => SumDue == 0 ? null : Math.Round(Recovered / SumDue, 4);
}
