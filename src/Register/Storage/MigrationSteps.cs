using System.Data.Common;

namespace Supervision.Register;

/// <summary>
/// What a migration needs beside its SQL script: run in the migration's transaction right after the script
/// of the same version, so that a register is at a version with its data, or not at all. Version 9 fills
/// the prosecutors' keys (<see cref="NameKey"/>), which SQL cannot compute alike on SQLite and PostgreSQL. Version 15
/// starts the history of recovered sums with each proceeding's recovered sum, as of the day in Kazakhstan of its last
/// entry or change (<see cref="RecoveryFigure.DayOf"/>, the day <see cref="RecoveryAudit"/> checks it against).
/// </summary>
internal static class MigrationSteps
{
    /// <summary>How many distinct names one round reads: memory stays a page, whatever the register holds.</summary>
    private const int Page = 500;

    public static Task AfterAsync(int version, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => version switch
    {
        9 => FillProsecutorKeysAsync(connection, transaction, cancellationToken),
        15 => StartRecoveryHistoryAsync(connection, transaction, cancellationToken),
        _ => Task.CompletedTask,
    };

    /// <summary>Sets every act's prosecutor_key from its prosecutor, one distinct name at a time (a register has
    /// many acts and few prosecutors), paging through the names in the database's own order.</summary>
    private static async Task FillProsecutorKeysAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        string? after = null;
        while (true)
        {
            var names = await Sql.ListAsync(
                connection,
                transaction,
                $"SELECT DISTINCT prosecutor FROM issued_acts{(after is null ? string.Empty : " WHERE prosecutor > @after")} ORDER BY prosecutor LIMIT {Page}",
                after is null ? null : [("after", after)],
                reader => reader.Text("prosecutor"),
                cancellationToken).ConfigureAwait(false);
            foreach (var name in names)
            {
                await Sql.ExecuteAsync(
                    connection,
                    transaction,
                    "UPDATE issued_acts SET prosecutor_key = @key WHERE prosecutor = @name",
                    [("key", NameKey.Of(name)), ("name", name)],
                    cancellationToken).ConfigureAwait(false);
            }

            if (names.Count < Page)
            {
                return;
            }

            after = names[^1];
        }
    }

    /// <summary>A figure per proceeding that recovered anything, a page of proceedings at a time, by id.</summary>
    private static async Task StartRecoveryHistoryAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var after = 0L;
        while (true)
        {
            var figures = await Sql.ListAsync(
                connection,
                transaction,
                "SELECT id, recovered_tiyn, entered_by, entered_at, changed_by, changed_at FROM tracked_proceedings " +
                $"WHERE id > @after AND recovered_tiyn > 0 ORDER BY id LIMIT {Page}",
                [("after", after)],
                reader =>
                {
                    var (by, at) = reader.NullableTimestamp("changed_at") is { } changed
                        ? (reader.NullableText("changed_by") ?? reader.Text("entered_by"), changed)
                        : (reader.Text("entered_by"), reader.Timestamp("entered_at"));
                    return new RecoveryFigure(reader.Int64("id"), RecoveryFigure.DayOf(at), reader.Int64("recovered_tiyn"), by, at);
                },
                cancellationToken).ConfigureAwait(false);
            foreach (var figure in figures)
            {
                await RecoveryRows.WriteAsync(connection, transaction, figure, cancellationToken).ConfigureAwait(false);
            }

            if (figures.Count < Page)
            {
                return;
            }

            after = figures[^1].ProceedingId;
        }
    }
}
