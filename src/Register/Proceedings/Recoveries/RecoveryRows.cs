using System.Data.Common;

namespace Supervision.Register;

/// <summary>Reads and writes <c>proceeding_recoveries</c> rows, and asks the figure in force on a day in SQL.</summary>
internal static class RecoveryRows
{
    private const string Columns = "proceeding_id, as_of, recovered_tiyn, recorded_by, recorded_at";

    /// <summary>
    /// The figure of the proceeding in the column named in force on the day in the parameter named (the figure of the
    /// latest day on or before it; <paramref name="before"/>: strictly before it), 0 where none is: a scalar subquery
    /// the primary key answers, for the database to add up.
    /// </summary>
    public static string InForce(string proceedingColumn, string dayParameter, bool before = false) =>
        $"COALESCE((SELECT r.recovered_tiyn FROM proceeding_recoveries r WHERE r.proceeding_id = {proceedingColumn} " +
        $"AND r.as_of {(before ? "<" : "<=")} @{dayParameter} ORDER BY r.as_of DESC LIMIT 1), 0)";

    /// <summary>The SQL of the day of a proceeding's latest figure, or NULL.</summary>
    public static string LatestDay(string proceedingColumn) =>
        $"(SELECT MAX(r.as_of) FROM proceeding_recoveries r WHERE r.proceeding_id = {proceedingColumn})";

    /// <summary>One proceeding's figures, oldest first: a few a year.</summary>
    public static Task<List<RecoveryFigure>> OfAsync(DbConnection connection, DbTransaction? transaction, long proceedingId, CancellationToken cancellationToken) =>
        Sql.ListAsync(connection, transaction, $"SELECT {Columns} FROM proceeding_recoveries WHERE proceeding_id = @id ORDER BY as_of", [("id", proceedingId)], Read, cancellationToken);

    /// <summary>Every figure, for audit verify.</summary>
    public static Task<List<RecoveryFigure>> AllAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken) =>
        Sql.ListAsync(connection, transaction, $"SELECT {Columns} FROM proceeding_recoveries ORDER BY proceeding_id, as_of", null, Read, cancellationToken);

    /// <summary>Writes the figure of its day: a new row, or the day's row corrected.</summary>
    public static async Task WriteAsync(DbConnection connection, DbTransaction transaction, RecoveryFigure figure, CancellationToken cancellationToken)
    {
        (string, object?)[] values = [("id", figure.ProceedingId), ("day", figure.AsOf), ("tiyn", figure.Tiyn), ("by", figure.RecordedBy), ("at", figure.RecordedAt)];
        var changed = await Sql.ExecuteAsync(
            connection,
            transaction,
            "UPDATE proceeding_recoveries SET recovered_tiyn = @tiyn, recorded_by = @by, recorded_at = @at WHERE proceeding_id = @id AND as_of = @day",
            values,
            cancellationToken).ConfigureAwait(false);
        if (changed == 0)
        {
            await Sql.ExecuteAsync(
                connection,
                transaction,
                $"INSERT INTO proceeding_recoveries ({Columns}) VALUES (@id, @day, @tiyn, @by, @at)",
                values,
                cancellationToken).ConfigureAwait(false);
        }
    }

    private static RecoveryFigure Read(DbDataReader reader) => new(
        reader.Int64("proceeding_id"),
        reader.Date("as_of"),
        reader.Int64("recovered_tiyn"),
        reader.Text("recorded_by"),
        reader.Timestamp("recorded_at"));
}
