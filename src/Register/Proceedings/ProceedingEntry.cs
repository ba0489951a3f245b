namespace Supervision.Register;

/// <summary>
/// A tracked enforcement proceeding as a controller enters it (added, or changed as a whole). Sums are in
/// tenge with at most two decimals (tiyn). Which figures a category takes: state revenue and property
/// claims a sum due and a sum recovered (none: 0), no execution mark; non-property claims an execution
/// mark and no sums.
/// </summary>
public sealed record ProceedingEntry
{
    /// <summary>The office that supervises the proceeding ("2-11"); a registered office.</summary>
    public required string OfficeCode { get; init; }

    /// <summary>The enforcement proceeding's number as the bailiff gave it; one per office.</summary>
    public required string Number { get; init; }

    /// <summary>The executive document it enforces: its kind, number, date and issuer, as a person writes them.</summary>
    public required string ExecutiveDocument { get; init; }

    /// <summary>The creditor (өндіріп алушы / взыскатель).</summary>
    public required string Creditor { get; init; }

    /// <summary>The debtor (борышкер / должник).</summary>
    public required string Debtor { get; init; }

    /// <summary>Which indicator of p. 17 it feeds.</summary>
    public required ProceedingCategory Category { get; init; }

    /// <summary>A property claim whose money is recovered in the interests of a private-form organisation: p. 17 leaves it out.</summary>
    public bool PrivateInterest { get; init; }

    /// <summary>A non-property court decision executed without a writ of execution (CPC art. 282 in the seed's wording): p. 17 leaves it out.</summary>
    public bool WithoutWrit { get; init; }

    /// <summary>For state revenue: the execution term set by law was breached; only such proceedings enter the indicator.</summary>
    public bool TermBreached { get; init; }

    /// <summary>The sum to recover, in tenge (state revenue, property claims).</summary>
    public decimal? SumDue { get; init; }

    /// <summary>The sum recovered so far, in tenge: for state revenue the part recovered on the basis of acts of supervision; for property claims all actually recovered.</summary>
    public decimal? Recovered { get; init; }

    /// <summary>
    /// The day the recovered sum is as of (recovered by the end of that day): not after today, not before the day the
    /// proceeding was opened; today where not given. Each figure entered or changed is kept with its day (the history
    /// the periodic reports take the sums recovered within their period from); read back, the day of the latest figure,
    /// null where none was ever recorded.
    /// </summary>
    public DateOnly? RecoveredOn { get; init; }

    /// <summary>For a non-property claim: whether the court act was actually executed.</summary>
    public bool? Executed { get; init; }

    /// <summary>The day the proceeding was opened (қозғалған / возбуждено).</summary>
    public required DateOnly OpenedOn { get; init; }

    /// <summary>The day it ended (executed, terminated, returned), where it has.</summary>
    public DateOnly? ClosedOn { get; init; }

    /// <summary>The ids of the issued acts of supervision brought on it, of the same office.</summary>
    public IReadOnlyList<long> ActIds { get; init; } = [];
}
