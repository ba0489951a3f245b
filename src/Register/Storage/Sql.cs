using System.Data;
using System.Data.Common;

namespace Supervision.Register;

/// <summary>Commands with named parameters (<c>@name</c>, which both SQLite and PostgreSQL read) and
/// typed reads of nullable columns, the same for every store.</summary>
internal static class Sql
{
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string text, IReadOnlyList<(string Name, object? Value)>? parameters = null)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        foreach (var (name, value) in parameters ?? [])
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string text, IReadOnlyList<(string Name, object? Value)>? parameters, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, text, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? transaction, string text, IReadOnlyList<(string Name, object? Value)>? parameters, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, text, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is DBNull ? null : value;
    }

    public static async Task<List<T>> ListAsync<T>(DbConnection connection, DbTransaction? transaction, string text, IReadOnlyList<(string Name, object? Value)>? parameters, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, text, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await RowsAsync(reader, read, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs one command of several statements and hands its reader to <paramref name="read"/>, which reads one
    /// result set after another (<see cref="RowsAsync"/>, then <c>NextResultAsync</c>): reads that go together cost
    /// one round trip on PostgreSQL instead of one each, inside transactions that other writers may be waiting for.
    /// </summary>
    public static Task<T> ReadAsync<T>(DbConnection connection, DbTransaction? transaction, string text, IReadOnlyList<(string Name, object? Value)>? parameters, Func<DbDataReader, Task<T>> read, CancellationToken cancellationToken) =>
        ExecuteReaderAsync(connection, transaction, text, parameters, read, CommandBehavior.Default, cancellationToken);

    /// <summary>
    /// Runs one query and hands its reader, opened for sequential access, to <paramref name="read"/>: a large
    /// column can then be streamed (<see cref="DbDataReader.GetStream"/>) rather than buffered whole with its row,
    /// and the columns must be read in the order selected.
    /// </summary>
    public static Task<T> ReadSequentialAsync<T>(DbConnection connection, DbTransaction? transaction, string text, IReadOnlyList<(string Name, object? Value)>? parameters, Func<DbDataReader, Task<T>> read, CancellationToken cancellationToken) =>
        ExecuteReaderAsync(connection, transaction, text, parameters, read, CommandBehavior.SequentialAccess, cancellationToken);

    private static async Task<T> ExecuteReaderAsync<T>(DbConnection connection, DbTransaction? transaction, string text, IReadOnlyList<(string Name, object? Value)>? parameters, Func<DbDataReader, Task<T>> read, CommandBehavior behavior, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        await using var command = Command(connection, transaction, text, parameters);
        await using var reader = await command.ExecuteReaderAsync(behavior, cancellationToken).ConfigureAwait(false);
        return await read(reader).ConfigureAwait(false);
    }

    /// <summary>The rows of the reader's current result set.</summary>
    public static async Task<List<T>> RowsAsync<T>(DbDataReader reader, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public static string Text(this DbDataReader reader, string column) => reader.GetString(reader.GetOrdinal(column));

    public static string? NullableText(this DbDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }

    public static long Int64(this DbDataReader reader, string column) => Convert.ToInt64(reader.GetValue(reader.GetOrdinal(column)), System.Globalization.CultureInfo.InvariantCulture);

    public static int Int32(this DbDataReader reader, string column) => Convert.ToInt32(reader.GetValue(reader.GetOrdinal(column)), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A yes/no column: SQLite's 0/1 integer or PostgreSQL's boolean.</summary>
    public static bool Flag(this DbDataReader reader, string column) => Convert.ToBoolean(reader.GetValue(reader.GetOrdinal(column)), System.Globalization.CultureInfo.InvariantCulture);

    public static DateOnly Date(this DbDataReader reader, string column) => reader.GetFieldValue<DateOnly>(reader.GetOrdinal(column));

    public static DateOnly? NullableDate(this DbDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateOnly>(ordinal);
    }

    public static DateTimeOffset Timestamp(this DbDataReader reader, string column) =>
        reader.GetFieldValue<DateTimeOffset>(reader.GetOrdinal(column)).ToUniversalTime();

    public static DateTimeOffset? NullableTimestamp(this DbDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal).ToUniversalTime();
    }

    public static decimal? NullableDecimal(this DbDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetDecimal(ordinal);
    }
}
