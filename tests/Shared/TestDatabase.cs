using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Supervision.Register;

namespace Supervision.Testing;

/// <summary>
/// An empty database of its own for a register test: a SQLite file in a temporary folder, or a schema of
/// its own on the PostgreSQL server named by SUPERVISION_TEST_POSTGRES; the folder or the schema is
/// dropped at the end. One file, compiled into each test project that needs it.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly Func<ValueTask> _drop;

    private TestDatabase(RegisterProvider provider, string connection, Func<ValueTask> drop)
    {
        Provider = provider;
        Connection = connection;
        _drop = drop;
    }

    public RegisterProvider Provider { get; }

    /// <summary>The register's connection (a SQLite file path, or a PostgreSQL connection string with its schema).</summary>
    public string Connection { get; }

    /// <summary>A new, empty database: on SQLite the file <paramref name="sqliteFile"/> (not yet created) in a
    /// temporary folder named from <paramref name="folderPrefix"/>; on PostgreSQL a schema named from
    /// <paramref name="schemaPrefix"/>.</summary>
    public static async Task<TestDatabase> CreateAsync(RegisterProvider provider, string folderPrefix, string sqliteFile, string schemaPrefix)
    {
        if (provider == RegisterProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory(folderPrefix);
            return new TestDatabase(provider, Path.Combine(folder.FullName, sqliteFile), () =>
            {
                SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
                return ValueTask.CompletedTask;
            });
        }

        var server = PostgresServer.ConnectionString();
        var schema = $"{schemaPrefix}{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync(TestContext.Current.CancellationToken);
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", admin);
            await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var connection = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
        return new TestDatabase(provider, connection, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", admin);
            await drop.ExecuteNonQueryAsync();
        });
    }

    /// <summary>Runs SQL behind the application's back.</summary>
    public async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = await OpenRawAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Reads one number behind the application's back.</summary>
    public async Task<long> CountAsync(string sql)
    {
        await using var connection = await OpenRawAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Reads one text behind the application's back (null for NULL).</summary>
    public async Task<string?> TextAsync(string sql)
    {
        await using var connection = await OpenRawAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken) as string;
    }

    /// <summary>Drops the folder or the schema; the database's users are to be closed first.</summary>
    public ValueTask DisposeAsync() => _drop();

    private async Task<DbConnection> OpenRawAsync()
    {
        DbConnection connection = Provider == RegisterProvider.Sqlite
            ? new SqliteConnection($"Data Source={Connection};Pooling=False")
            : new NpgsqlConnection(Connection);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }
}
