using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Api.Proceedings;

/// <summary>A tracked enforcement proceeding as the API shows it.</summary>
/// <param name="Id">The register's id.</param>
/// <param name="OfficeCode">The office that supervises it.</param>
/// <param name="Number">The proceeding's number.</param>
/// <param name="ExecutiveDocument">The executive document it enforces.</param>
/// <param name="Creditor">The creditor.</param>
/// <param name="Debtor">The debtor.</param>
/// <param name="Category">"state-revenue", "prosecutor-claim-property" or "prosecutor-claim-non-property".</param>
/// <param name="PrivateInterest">Money recovered in the interests of a private-form organisation (left out of p. 17).</param>
/// <param name="WithoutWrit">A decision executed without a writ (left out of p. 17).</param>
/// <param name="TermBreached">State revenue: the execution term set by law was breached.</param>
/// <param name="SumDue">The sum due, in tenge; null for non-property claims.</param>
/// <param name="Recovered">The sum recovered, in tenge (the latest figure); null for non-property claims.</param>
/// <param name="RecoveredOn">The day that figure is as of; null where no sum was ever recorded as recovered.</param>
/// <param name="Executed">Non-property claims: executed or not; null for the others.</param>
/// <param name="OpenedOn">The day it was opened.</param>
/// <param name="ClosedOn">The day it ended, or null.</param>
/// <param name="ActIds">The issued acts brought on it.</param>
/// <param name="EnteredBy">Who entered it.</param>
/// <param name="EnteredAt">When.</param>
/// <param name="ChangedBy">Who changed it last, or null.</param>
/// <param name="ChangedAt">When, or null.</param>
public sealed record ProceedingView(
    long Id,
    string OfficeCode,
    string Number,
    string ExecutiveDocument,
    string Creditor,
    string Debtor,
    string Category,
    bool PrivateInterest,
    bool WithoutWrit,
    bool TermBreached,
    decimal? SumDue,
    decimal? Recovered,
    DateOnly? RecoveredOn,
    bool? Executed,
    DateOnly OpenedOn,
    DateOnly? ClosedOn,
    IReadOnlyList<long> ActIds,
    string EnteredBy,
    DateTimeOffset EnteredAt,
    string? ChangedBy,
    DateTimeOffset? ChangedAt)
{
    /// <summary>The view of a stored proceeding.</summary>
    public static ProceedingView Of(TrackedProceeding proceeding)
    {
        ArgumentNullException.ThrowIfNull(proceeding);
        var entry = proceeding.Entry;
        return new(
            proceeding.Id, entry.OfficeCode, entry.Number, entry.ExecutiveDocument, entry.Creditor, entry.Debtor, EnumNames.Of(entry.Category),
            entry.PrivateInterest, entry.WithoutWrit, entry.TermBreached, entry.SumDue, entry.Recovered, entry.RecoveredOn, entry.Executed, entry.OpenedOn, entry.ClosedOn,
            entry.ActIds, proceeding.EnteredBy, proceeding.EnteredAt, proceeding.ChangedBy, proceeding.ChangedAt);
    }
}
