using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Supervision.Register;

namespace Supervision.Testing;

/// <summary>
/// An empty database of its own for a register test: a SQLite file in a temporary folder, or a schema of
/// its own on the PostgreSQL server named by SUPERVISION_TEST_POSTGRES; and a data folder of its own, which the
/// service and the command line are given (Data:Path) so that what they keep there — a PostgreSQL register's
/// audit key above all — stays the test's, never lands in the tests' working folder and is not shared between
/// tests. The folders and the schema are dropped at the end. One file, compiled into each test project that needs it.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly Func<ValueTask> _drop;
    private readonly DirectoryInfo _folder;

    private TestDatabase(RegisterProvider provider, string connection, DirectoryInfo folder, Func<ValueTask> drop)
    {
        Provider = provider;
        Connection = connection;
        _folder = folder;
        _drop = drop;
    }

    public RegisterProvider Provider { get; }

    /// <summary>The register's connection (a SQLite file path, or a PostgreSQL connection string with its schema).</summary>
    public string Connection { get; }

    /// <summary>The test's data folder (created empty), for the setting Data:Path / the variable Data__Path.</summary>
    public string DataFolder => Path.Combine(_folder.FullName, "data");

    /// <summary>The audit key file the test's own clients open the register with, as the service and the command line
    /// given <see cref="DataFolder"/> find it: the data folder's supervision-audit.key for PostgreSQL, null (beside the file) for SQLite.</summary>
    public string? AuditKeyFile => Provider == RegisterProvider.Postgres ? Path.Combine(DataFolder, Supervision.Register.DataFolder.AuditKeyFileName) : null;

    /// <summary>A new, empty database: on SQLite the file <paramref name="sqliteFile"/> (not yet created) in a
    /// temporary folder named from <paramref name="folderPrefix"/>; on PostgreSQL a schema named from
    /// <paramref name="schemaPrefix"/>.</summary>
    public static async Task<TestDatabase> CreateAsync(RegisterProvider provider, string folderPrefix, string sqliteFile, string schemaPrefix)
    {
        // The server first: without one the test is skipped (or fails in CI) before any folder is made.
        var server = provider == RegisterProvider.Sqlite ? null : PostgresServer.ConnectionString();
        var folder = Directory.CreateTempSubdirectory(folderPrefix);
        Directory.CreateDirectory(Path.Combine(folder.FullName, "data"));
        if (server is null)
        {
            return new TestDatabase(provider, Path.Combine(folder.FullName, sqliteFile), folder, () =>
            {
                SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
                return ValueTask.CompletedTask;
            });
        }

        var schema = $"{schemaPrefix}{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync(TestContext.Current.CancellationToken);
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", admin);
            await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var connection = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
        return new TestDatabase(provider, connection, folder, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", admin);
            await drop.ExecuteNonQueryAsync();
            folder.Delete(recursive: true);
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
