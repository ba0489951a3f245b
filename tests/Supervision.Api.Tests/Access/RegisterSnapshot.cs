using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using Supervision.Register;

namespace Supervision.Api.Tests.Access;

/// <summary>
/// Every row of every table of a register, read behind the service's back: what a denied call must leave
/// as it was. Whole rows, not counts, so that an update (a status, a failed sign-in count) shows as well
/// as an insert or a delete.
/// </summary>
internal sealed class RegisterSnapshot
{
    /// <summary>The tables a call of the service could write (src/Register/Migrations): a snapshot must hold them all.</summary>
    public static readonly IReadOnlyList<string> WrittenTables =
    [
        "audit_log", "audit_head", "drafts", "issued_acts", "issued_documents", "issued_templates", "template_versions",
        "people", "person_roles", "clients", "offices", "office_names", "number_sequences", "tracked_proceedings", "tracked_proceeding_acts",
        "held_checks",
    ];

    private readonly SortedDictionary<string, List<string>> _tables;

    private RegisterSnapshot(SortedDictionary<string, List<string>> tables) => _tables = tables;

    /// <summary>The rows of each table, by table name.</summary>
    public IReadOnlyDictionary<string, List<string>> Tables => _tables;

    /// <summary>Reads every table of the register at <paramref name="connection"/> (a SQLite file path or a PostgreSQL connection string with its schema).</summary>
    public static async Task<RegisterSnapshot> TakeAsync(RegisterProvider provider, string connection)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using DbConnection raw = provider == RegisterProvider.Sqlite
            ? new SqliteConnection($"Data Source={connection};Mode=ReadOnly;Pooling=False")
            : new NpgsqlConnection(connection);
        await raw.OpenAsync(cancellation);
        var names = await ColumnAsync(raw, provider == RegisterProvider.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'");
        var tables = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            tables[name] = await RowsAsync(raw, name);
        }

        var missing = WrittenTables.Where(table => !tables.ContainsKey(table)).ToList();
        Assert.True(missing.Count == 0, $"the register has no table {string.Join(", ", missing)}: the snapshot would not see what a call wrote there");
        return new RegisterSnapshot(tables);
    }

    /// <summary>The tables whose rows differ, with their row counts before and after; empty when nothing changed.</summary>
    public IReadOnlyList<string> Differences(RegisterSnapshot after)
    {
        ArgumentNullException.ThrowIfNull(after);
        return [.. _tables.Keys.Union(after._tables.Keys)
            .Where(table => !Rows(this, table).SequenceEqual(Rows(after, table), StringComparer.Ordinal))
            .Select(table => $"{table} ({Rows(this, table).Count} rows before, {Rows(after, table).Count} after)")];
    }

    private static List<string> Rows(RegisterSnapshot snapshot, string table) =>
        snapshot._tables.TryGetValue(table, out var rows) ? rows : [];

    private static async Task<List<string>> ColumnAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var values = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    /// <summary>Each row as one line of its values, sorted so that the order the database returns them in does not matter.</summary>
    private static async Task<List<string>> RowsAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table}";
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var rows = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            var values = new string[reader.FieldCount];
            for (var column = 0; column < reader.FieldCount; column++)
            {
                values[column] = reader.IsDBNull(column) ? "NULL" : reader.GetValue(column) switch
                {
                    byte[] bytes => Convert.ToHexString(bytes),
                    IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                    var value => value.ToString() ?? string.Empty,
                };
            }

            rows.Add(string.Join('\u001f', values));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
