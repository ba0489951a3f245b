using System.Data.Common;

namespace Supervision.Register;

/// <summary>
/// The due-soon and overdue lists asked of the database: a page of each (the columns a list shows, ordered
/// by due date and id, LIMIT and OFFSET) and the counts per office and per prosecutor (GROUP BY), whose sums
/// are the lists' totals. Memory is a page and a row per group, however many acts the register holds.
/// </summary>
internal static class ControlLists
{
    public static async Task<ControlReport> ReportAsync(DbConnection connection, ControlQuery query, IReadOnlyCollection<string>? visible, DateOnly asOf, CancellationToken cancellationToken)
    {
        var limit = Math.Clamp(query.Limit, 1, ControlQuery.MaxLimit);
        var open = ActFilter.Of(new RegisterQuery { OfficeCode = query.OfficeCode, Prosecutor = query.Prosecutor, Status = ActStatus.Issued, VisibleOffices = visible })
            .And("due_date <= @windowEnd", ("windowEnd", asOf.AddDays(Math.Max(query.DueSoonDays, 0))), ("asOf", asOf));
        var overdue = open.And("due_date < @asOf");
        var dueSoon = open.And("due_date >= @asOf");
        var byOffice = await GroupsAsync(connection, open, "office_code", "office_code", cancellationToken).ConfigureAwait(false);
        var byProsecutor = await GroupsAsync(connection, open, "prosecutor_key", "MIN(prosecutor)", cancellationToken).ConfigureAwait(false);
        return new ControlReport
        {
            AsOf = asOf,
            Limit = limit,
            Overdue = await PageAsync(connection, overdue, limit, query.OverdueOffset, cancellationToken).ConfigureAwait(false),
            OverdueOffset = Math.Max(query.OverdueOffset, 0),
            OverdueTotal = byOffice.Sum(group => group.Overdue),
            DueSoon = await PageAsync(connection, dueSoon, limit, query.DueSoonOffset, cancellationToken).ConfigureAwait(false),
            DueSoonOffset = Math.Max(query.DueSoonOffset, 0),
            DueSoonTotal = byOffice.Sum(group => group.DueSoon),
            ByOffice = byOffice,
            ByProsecutor = [.. byProsecutor.Select(group => group with { Key = NameKey.Display(group.Key) }).OrderBy(group => group.Key, StringComparer.Ordinal)],
        };
    }

    private static async Task<List<ActSummary>> PageAsync(DbConnection connection, ActFilter filter, int limit, int offset, CancellationToken cancellationToken) =>
        await ActRows.SummariesAsync(connection, filter.Where, filter.Parameters, "due_date, id", (limit, Math.Max(offset, 0)), cancellationToken).ConfigureAwait(false);

    /// <summary>Overdue and due-soon counts per value of a column, ordered by the shown key (ordinal, the same on every database).</summary>
    private static async Task<List<ControlGroup>> GroupsAsync(DbConnection connection, ActFilter open, string column, string shown, CancellationToken cancellationToken)
    {
        var groups = await Sql.ListAsync(
            connection,
            null,
            $"SELECT {shown} AS shown, SUM(CASE WHEN due_date >= @asOf THEN 1 ELSE 0 END) AS due_soon, SUM(CASE WHEN due_date < @asOf THEN 1 ELSE 0 END) AS overdue " +
            $"FROM issued_acts WHERE {open.Where} GROUP BY {column}",
            open.Parameters,
            reader => new ControlGroup(reader.Text("shown"), reader.Int32("due_soon"), reader.Int32("overdue")),
            cancellationToken).ConfigureAwait(false);
        return [.. groups.OrderBy(group => group.Key, StringComparer.Ordinal)];
    }
}
