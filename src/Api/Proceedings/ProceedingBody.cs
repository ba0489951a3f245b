namespace Supervision.Api.Proceedings;

/// <summary>
/// A tracked enforcement proceeding as a controller enters or changes it (its shape, as the OpenAPI document
/// describes it; the service reads it strictly itself: unknown properties are refused). Who enters it is the
/// signed-in person, never a field.
/// </summary>
public sealed class ProceedingBody
{
    /// <summary>The office that supervises it ("2-11"): the controller's own.</summary>
    public required string OfficeCode { get; init; }

    /// <summary>The enforcement proceeding's number; one per office.</summary>
    public required string Number { get; init; }

    /// <summary>The executive document it enforces (kind, number, date, issuer).</summary>
    public required string ExecutiveDocument { get; init; }

    /// <summary>The creditor.</summary>
    public required string Creditor { get; init; }

    /// <summary>The debtor.</summary>
    public required string Debtor { get; init; }

    /// <summary>"state-revenue", "prosecutor-claim-property" or "prosecutor-claim-non-property".</summary>
    public required string Category { get; init; }

    /// <summary>Property claims: money recovered in the interests of a private-form organisation (left out of p. 17). False by default.</summary>
    public bool? PrivateInterest { get; init; }

    /// <summary>Non-property claims: a court decision executed without a writ (CPC art. 282; left out of p. 17). False by default.</summary>
    public bool? WithoutWrit { get; init; }

    /// <summary>State revenue: the execution term set by law was breached (only such proceedings are counted). False by default.</summary>
    public bool? TermBreached { get; init; }

    /// <summary>State revenue and property claims: the sum due, in tenge, above 0, at most two decimals.</summary>
    public decimal? SumDue { get; init; }

    /// <summary>State revenue: recovered on the basis of acts of supervision; property claims: actually recovered. In tenge, 0 by default, not above the sum due.</summary>
    public decimal? Recovered { get; init; }

    /// <summary>
    /// The day the recovered sum is as of, YYYY-MM-DD: today by default; not in the future, not before the day the
    /// proceeding was opened. The register keeps each figure with its day; a figure below one of an earlier day, or above
    /// one of a later day, is refused (a recovered sum does not fall), and a figure given again for a day corrects it.
    /// </summary>
    public DateOnly? RecoveredOn { get; init; }

    /// <summary>Non-property claims: whether the court act was actually executed (required).</summary>
    public bool? Executed { get; init; }

    /// <summary>The day the proceeding was opened, YYYY-MM-DD, not in the future.</summary>
    public required DateOnly OpenedOn { get; init; }

    /// <summary>The day it ended, where it has; not before it was opened.</summary>
    public DateOnly? ClosedOn { get; init; }

    /// <summary>The ids of issued acts of the same office brought on it.</summary>
    public IReadOnlyList<long>? ActIds { get; init; }
}
