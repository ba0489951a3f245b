using System.Data.Common;
using Supervision.Acts;

namespace Supervision.Register;

/// <summary>
/// The tables of a periodic report asked of the database: the acts of the office and the offices below it dated
/// in the period, one GROUP BY kind; the tracked proceedings in execution in the period (opened on or before its
/// end, not ended before its start), one GROUP BY office and category, the sum recovered being the sum recovered within
/// the period: each proceeding's figure in force on the period's last day less its figure in force on the day before its
/// first (<see cref="RecoveryRows.InForce"/>). Sums are whole tiyn, which SUM adds exactly on both databases. Memory is a
/// row per kind and per office and category, whatever the register holds.
/// </summary>
internal static class ReportTableCounts
{
    public static async Task<ReportTables> ComputeAsync(DbConnection connection, string officeCode, ReportPeriod period, DateOnly asOf, CancellationToken cancellationToken)
    {
        var offices = await OfficeRows.AllAsync(connection, null, cancellationToken).ConfigureAwait(false);
        var scope = OfficeScope.Of(offices, officeCode, null)!;
        var acts = ActFilter.Of(new RegisterQuery { DateFrom = period.From, DateTo = period.To, VisibleOffices = scope }).With(("asOf", asOf));
        var byKind = (await Sql.ListAsync(
                connection,
                null,
                "SELECT kind, COUNT(*) AS brought, " +
                "COALESCE(SUM(CASE WHEN status IN ('answered', 'executed') THEN 1 ELSE 0 END), 0) AS considered, " +
                "COALESCE(SUM(CASE WHEN status = 'executed' THEN 1 ELSE 0 END), 0) AS executed, " +
                $"COALESCE(SUM(CASE WHEN {OpenActs.Overdue} THEN 1 ELSE 0 END), 0) AS overdue " +
                $"FROM issued_acts WHERE {acts.Where} GROUP BY kind",
                acts.Parameters,
                reader => (Kind: reader.Text("kind"), Brought: reader.Int32("brought"), Considered: reader.Int32("considered"), Executed: reader.Int32("executed"), Overdue: reader.Int32("overdue")),
                cancellationToken).ConfigureAwait(false))
            .ToDictionary(row => row.Kind, StringComparer.Ordinal);
        var kinds = ReportTableWords.Default.ActRows
            .Select(row => byKind.TryGetValue(EnumNames.Of(row.Kind), out var found)
                ? new KindFigures(row.Kind, found.Brought, found.Considered, found.Executed, found.Overdue)
                : new KindFigures(row.Kind, 0, 0, 0, 0))
            .ToList();

        var (where, parameters) = OfficeScope.Condition(scope);
        parameters.AddRange([("from", period.From), ("to", period.To)]);
        var byOffice = (await Sql.ListAsync(
                connection,
                null,
                "SELECT office_code, category, COUNT(*) AS documents, COALESCE(SUM(due_tiyn), 0) AS due, COALESCE(SUM(at_end - before_start), 0) AS recovered " +
                $"FROM (SELECT office_code, category, due_tiyn, {RecoveryRows.InForce("p.id", "to")} AS at_end, {RecoveryRows.InForce("p.id", "from", before: true)} AS before_start " +
                $"FROM tracked_proceedings p WHERE {where} AND opened_on <= @to AND (closed_on IS NULL OR closed_on >= @from)) AS in_execution GROUP BY office_code, category",
                parameters,
                reader => (Office: reader.Text("office_code"), Category: reader.Text("category"), Counts: new RecoveryCounts(reader.Int32("documents"), Tiyn.Tenge(reader.Int64("due")), Tiyn.Tenge(reader.Int64("recovered")))),
                cancellationToken).ConfigureAwait(false))
            .ToLookup(row => row.Office, StringComparer.Ordinal);
        var names = offices.ToDictionary(office => office.Code, StringComparer.Ordinal);
        var rows = scope
            .OrderBy(code => code == officeCode ? 0 : 1)
            .ThenBy(code => code, StringComparer.Ordinal)
            .Select(code =>
            {
                RecoveryCounts Of(ProceedingCategory category) =>
                    byOffice[code].Where(row => row.Category == EnumNames.Of(category)).Select(row => row.Counts).FirstOrDefault() ?? RecoveryCounts.None;
                return new OfficeRecoveries(
                    code,
                    names.GetValueOrDefault(code)?.NameKk,
                    names.GetValueOrDefault(code)?.NameRu,
                    Of(ProceedingCategory.StateRevenue),
                    Of(ProceedingCategory.ProsecutorClaimProperty),
                    Of(ProceedingCategory.ProsecutorClaimNonProperty));
            })
            .ToList();
        return new ReportTables(officeCode, period, asOf, kinds, rows);
    }
}
