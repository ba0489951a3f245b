using System.Data.Common;

namespace Supervision.Register;

/// <summary>
/// p. 17's indicators asked of the database: one GROUP BY office over the proceedings in scope that were
/// in execution in the period (opened on or before its end, not ended before its start), each figure a
/// COUNT or a SUM over CASE. p. 17 sets the total recovered against the total due, so the sums recovered are
/// totals too, but as of the period's last day (<see cref="RecoveryRows.InForce"/>): the indicators of a year ended
/// stay what they were when it ended, whatever is recovered after. Sums are whole tiyn, so SUM is exact on both
/// databases; memory is one row per office, whatever the register holds.
/// </summary>
internal static class P17Counts
{
    private const string State = "category = 'state-revenue'";
    private const string Property = "category = 'prosecutor-claim-property'";
    private const string NonProperty = "category = 'prosecutor-claim-non-property'";

    public static async Task<P17Indicators> ComputeAsync(DbConnection connection, P17Query query, IReadOnlyCollection<string>? visible, CancellationToken cancellationToken)
    {
        var offices = await OfficeRows.AllAsync(connection, null, cancellationToken).ConfigureAwait(false);
        var (where, parameters) = OfficeScope.Condition(OfficeScope.Of(offices, query.OfficeCode, visible));
        parameters.AddRange([("from", query.From), ("to", query.To), ("yes", true), ("no", false)]);
        var counted = $"{State} AND term_breached = @yes";
        var property = $"{Property} AND private_interest = @no";
        var nonProperty = $"{NonProperty} AND without_writ = @no";
        var rows = await Sql.ListAsync(
            connection,
            null,
            "SELECT office_code, " +
            $"COUNT(CASE WHEN {counted} THEN 1 END) AS state_count, " +
            $"COALESCE(SUM(CASE WHEN {counted} THEN due_tiyn END), 0) AS state_due, " +
            $"COALESCE(SUM(CASE WHEN {counted} THEN recovered_at_end END), 0) AS state_recovered, " +
            $"COUNT(CASE WHEN {State} AND term_breached = @no THEN 1 END) AS state_kept, " +
            $"COUNT(CASE WHEN {property} THEN 1 END) AS property_count, " +
            $"COALESCE(SUM(CASE WHEN {property} THEN due_tiyn END), 0) AS property_due, " +
            $"COALESCE(SUM(CASE WHEN {property} THEN recovered_at_end END), 0) AS property_recovered, " +
            $"COUNT(CASE WHEN {Property} AND private_interest = @yes THEN 1 END) AS property_private, " +
            $"COUNT(CASE WHEN {nonProperty} THEN 1 END) AS non_property_count, " +
            $"COUNT(CASE WHEN {nonProperty} AND executed = @yes THEN 1 END) AS non_property_executed, " +
            $"COUNT(CASE WHEN {NonProperty} AND without_writ = @yes THEN 1 END) AS non_property_without_writ " +
            $"FROM (SELECT p.*, {RecoveryRows.InForce("p.id", "to")} AS recovered_at_end FROM tracked_proceedings p " +
            $"WHERE {where} AND opened_on <= @to AND (closed_on IS NULL OR closed_on >= @from)) AS in_execution " +
            "GROUP BY office_code ORDER BY office_code",
            parameters,
            reader => (Office: reader.Text("office_code"), Figures: new P17Figures(
                new StateExecution(reader.Int32("state_count"), Tiyn.Tenge(reader.Int64("state_due")), Tiyn.Tenge(reader.Int64("state_recovered")), reader.Int32("state_kept")),
                new PropertyClaimsExecution(reader.Int32("property_count"), Tiyn.Tenge(reader.Int64("property_due")), Tiyn.Tenge(reader.Int64("property_recovered")), reader.Int32("property_private")),
                new NonPropertyClaimsExecution(reader.Int32("non_property_count"), reader.Int32("non_property_executed"), reader.Int32("non_property_without_writ")))),
            cancellationToken).ConfigureAwait(false);
        var names = offices.ToDictionary(office => office.Code, StringComparer.Ordinal);
        var perOffice = rows
            .Select(row => new P17Office(row.Office, names.GetValueOrDefault(row.Office)?.NameKk, names.GetValueOrDefault(row.Office)?.NameRu, row.Figures))
            .ToList();
        return new P17Indicators(query, perOffice, perOffice.Aggregate(P17Figures.None, (total, office) => total.Plus(office.Figures)));
    }
}
