using System.Data.Common;
using Supervision.Acts;

namespace Supervision.Register;

/// <summary>Reads and writes <c>tracked_proceedings</c> and <c>tracked_proceeding_acts</c> rows: the one place that knows their columns.</summary>
internal static class ProceedingRows
{
    private const string Columns =
        "id, office_code, proceeding_number, executive_document, creditor, debtor, category, private_interest, without_writ, term_breached, " +
        "due_tiyn, recovered_tiyn, executed, opened_on, closed_on, entered_by, entered_at, changed_by, changed_at";

    /// <summary>The columns read: the row's, and the day of its latest recovered figure.</summary>
    private static readonly string Selected = $"{Columns}, {RecoveryRows.LatestDay("tracked_proceedings.id")} AS recovered_on";

    /// <summary>The rows the condition selects, ordered by id, a page where asked, each with its linked acts.</summary>
    public static async Task<List<TrackedProceeding>> SelectAsync(
        DbConnection connection,
        DbTransaction? transaction,
        string where,
        IReadOnlyList<(string Name, object? Value)> parameters,
        (int Limit, int Offset)? page,
        CancellationToken cancellationToken)
    {
        var paging = page is { } p ? $" LIMIT {p.Limit} OFFSET {p.Offset}" : string.Empty;
        var rows = await Sql.ListAsync(connection, transaction, $"SELECT {Selected} FROM tracked_proceedings WHERE {where} ORDER BY id{paging}", parameters, Read, cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return [];
        }

        // The links of the rows read, in one query bounded by the page: ids are numbers the register gave.
        var ids = string.Join(", ", rows.Select(row => row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var links = (await Sql.ListAsync(
                connection,
                transaction,
                $"SELECT proceeding_id, act_id FROM tracked_proceeding_acts WHERE proceeding_id IN ({ids}) ORDER BY proceeding_id, act_id",
                null,
                reader => (Proceeding: reader.Int64("proceeding_id"), Act: reader.Int64("act_id")),
                cancellationToken).ConfigureAwait(false))
            .ToLookup(link => link.Proceeding, link => link.Act);
        return [.. rows.Select(row => row with { Entry = row.Entry with { ActIds = [.. links[row.Id]] } })];
    }

    /// <summary>Every proceeding's links, for audit verify: proceeding id to its act ids.</summary>
    public static async Task<ILookup<long, long>> AllLinksAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken) =>
        (await Sql.ListAsync(
            connection,
            transaction,
            "SELECT proceeding_id, act_id FROM tracked_proceeding_acts ORDER BY proceeding_id, act_id",
            null,
            reader => (Proceeding: reader.Int64("proceeding_id"), Act: reader.Int64("act_id")),
            cancellationToken).ConfigureAwait(false)).ToLookup(link => link.Proceeding, link => link.Act);

    /// <summary>Every row without its links, for audit verify.</summary>
    public static Task<List<TrackedProceeding>> AllAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken) =>
        Sql.ListAsync(connection, transaction, $"SELECT {Selected} FROM tracked_proceedings ORDER BY id", null, Read, cancellationToken);

    /// <summary>Adds the row and its links; answers its id.</summary>
    public static async Task<long> InsertAsync(DbConnection connection, DbTransaction transaction, ProceedingEntry entry, string by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var id = Convert.ToInt64(
            await Sql.ScalarAsync(
                connection,
                transaction,
                "INSERT INTO tracked_proceedings (office_code, proceeding_number, executive_document, creditor, debtor, category, private_interest, without_writ, term_breached, " +
                "due_tiyn, recovered_tiyn, executed, opened_on, closed_on, entered_by, entered_at) VALUES " +
                "(@office, @number, @document, @creditor, @debtor, @category, @private, @withoutWrit, @breached, @due, @recovered, @executed, @opened, @closed, @by, @at) RETURNING id",
                [.. Values(entry), ("by", by), ("at", at)],
                cancellationToken).ConfigureAwait(false),
            System.Globalization.CultureInfo.InvariantCulture);
        await LinkAsync(connection, transaction, id, entry.ActIds, cancellationToken).ConfigureAwait(false);
        return id;
    }

    /// <summary>Replaces the row's values and links.</summary>
    public static async Task UpdateAsync(DbConnection connection, DbTransaction transaction, long id, ProceedingEntry entry, string by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await Sql.ExecuteAsync(
            connection,
            transaction,
            "UPDATE tracked_proceedings SET office_code = @office, proceeding_number = @number, executive_document = @document, creditor = @creditor, debtor = @debtor, " +
            "category = @category, private_interest = @private, without_writ = @withoutWrit, term_breached = @breached, due_tiyn = @due, recovered_tiyn = @recovered, " +
            "executed = @executed, opened_on = @opened, closed_on = @closed, changed_by = @by, changed_at = @at WHERE id = @id",
            [.. Values(entry), ("by", by), ("at", at), ("id", id)],
            cancellationToken).ConfigureAwait(false);
        await Sql.ExecuteAsync(connection, transaction, "DELETE FROM tracked_proceeding_acts WHERE proceeding_id = @id", [("id", id)], cancellationToken).ConfigureAwait(false);
        await LinkAsync(connection, transaction, id, entry.ActIds, cancellationToken).ConfigureAwait(false);
    }

    private static async Task LinkAsync(DbConnection connection, DbTransaction transaction, long id, IReadOnlyList<long> acts, CancellationToken cancellationToken)
    {
        foreach (var act in acts)
        {
            await Sql.ExecuteAsync(connection, transaction, "INSERT INTO tracked_proceeding_acts (proceeding_id, act_id) VALUES (@id, @act)", [("id", id), ("act", act)], cancellationToken).ConfigureAwait(false);
        }
    }

    private static (string Name, object? Value)[] Values(ProceedingEntry entry) =>
    [
        ("office", entry.OfficeCode), ("number", entry.Number), ("document", entry.ExecutiveDocument), ("creditor", entry.Creditor), ("debtor", entry.Debtor),
        ("category", EnumNames.Of(entry.Category)), ("private", entry.PrivateInterest), ("withoutWrit", entry.WithoutWrit), ("breached", entry.TermBreached),
        ("due", entry.SumDue is { } due ? Tiyn.Of(due) : null), ("recovered", entry.Recovered is { } recovered ? Tiyn.Of(recovered) : null),
        ("executed", entry.Executed), ("opened", entry.OpenedOn), ("closed", entry.ClosedOn),
    ];

    private static TrackedProceeding Read(DbDataReader reader)
    {
        var category = reader.Text("category");
        var executed = reader.GetOrdinal("executed");
        return new TrackedProceeding(
            reader.Int64("id"),
            new ProceedingEntry
            {
                OfficeCode = reader.Text("office_code"),
                Number = reader.Text("proceeding_number"),
                ExecutiveDocument = reader.Text("executive_document"),
                Creditor = reader.Text("creditor"),
                Debtor = reader.Text("debtor"),
                Category = EnumNames.TryParse<ProceedingCategory>(category, out var parsed) ? parsed : throw new FormatException($"'{category}' is not a category the register writes"),
                PrivateInterest = reader.Flag("private_interest"),
                WithoutWrit = reader.Flag("without_writ"),
                TermBreached = reader.Flag("term_breached"),
                SumDue = NullableTiyn(reader, "due_tiyn"),
                Recovered = NullableTiyn(reader, "recovered_tiyn"),
                RecoveredOn = reader.NullableDate("recovered_on"),
                Executed = reader.IsDBNull(executed) ? null : reader.Flag("executed"),
                OpenedOn = reader.Date("opened_on"),
                ClosedOn = reader.NullableDate("closed_on"),
            },
            reader.Text("entered_by"),
            reader.Timestamp("entered_at"),
            reader.NullableText("changed_by"),
            reader.NullableTimestamp("changed_at"));
    }

    private static decimal? NullableTiyn(DbDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : Tiyn.Tenge(reader.Int64(column));
    }
}
