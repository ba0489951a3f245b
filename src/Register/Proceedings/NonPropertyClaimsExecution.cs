namespace Supervision.Register;

/// <summary>
/// p. 17, execution of the prosecutor's non-property claims: the court acts actually executed against all
/// court acts on such claims that were in execution, every such proceeding counted except court decisions
/// executed without a writ of execution (CPC art. 282 in the seed's wording).
/// </summary>
/// <param name="InExecution">Court acts on non-property claims in execution, counted.</param>
/// <param name="Executed">Of them, actually executed.</param>
/// <param name="WithoutWrit">Proceedings left out: decisions executed without a writ.</param>
public sealed record NonPropertyClaimsExecution(int InExecution, int Executed, int WithoutWrit)
{
    /// <summary>Executed / in execution, to four decimals; null when none was in execution.</summary>
    public decimal? Share => InExecution == 0 ? null : Math.Round((decimal)Executed / InExecution, 4);
}
