namespace Supervision.Register;

/// <summary>
/// p. 17, execution of the prosecutor's property claims: the sum actually recovered against the sum due,
/// over the proceedings on court acts taken on them, without those on money recovered in the interests of
/// private-form organisations (non-property claims are counted apart, <see cref="NonPropertyClaimsExecution"/>).
/// </summary>
/// <param name="Proceedings">Proceedings counted.</param>
/// <param name="SumDue">Their sums due, in tenge.</param>
/// <param name="Recovered">Actually recovered on them, in tenge.</param>
/// <param name="PrivateInterest">Proceedings left out: money recovered in the interests of private-form organisations.</param>
public sealed record PropertyClaimsExecution(int Proceedings, decimal SumDue, decimal Recovered, int PrivateInterest)
{
    /// <summary>Recovered / sum due, to four decimals; null when nothing is due.</summary>
    public decimal? Share => SumDue == 0 ? null : Math.Round(Recovered / SumDue, 4);
}
