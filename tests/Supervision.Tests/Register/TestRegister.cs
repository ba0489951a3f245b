using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Supervision.Register;

namespace Supervision.Tests.Register;

/// <summary>
/// An empty register of its own for one test: a SQLite file in a temporary folder, or a schema of its
/// own on the PostgreSQL server named by SUPERVISION_TEST_POSTGRES (dropped at the end).
/// </summary>
internal sealed class TestRegister : IAsyncDisposable
{
    private readonly List<ActRegister> _opened = [];
    private readonly Func<ValueTask> _drop;

    private TestRegister(RegisterProvider provider, string connection, TestClock clock, Func<ValueTask> drop)
    {
        Provider = provider;
        Connection = connection;
        Clock = clock;
        _drop = drop;
    }

    public RegisterProvider Provider { get; }

    public string Connection { get; }

    public TestClock Clock { get; }

    /// <summary>The register every test starts with (opened with the database).</summary>
    public ActRegister Register => _opened[0];

    public static async Task<TestRegister> CreateAsync(RegisterProvider provider, bool open = true)
    {
        var clock = new TestClock(new DateTimeOffset(2025, 10, 20, 6, 0, 0, TimeSpan.Zero));
        TestRegister created;
        if (provider == RegisterProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("supervision-register-");
            var path = Path.Combine(folder.FullName, "supervision.db");
            created = new TestRegister(provider, path, clock, () =>
            {
                SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
                return ValueTask.CompletedTask;
            });
        }
        else
        {
            var server = PostgresServer.ConnectionString();
            var schema = $"register_test_{Guid.NewGuid():N}";
            await using (var admin = new NpgsqlConnection(server))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", admin);
                await create.ExecuteNonQueryAsync();
            }

            var connection = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
            created = new TestRegister(provider, connection, clock, async () =>
            {
                NpgsqlConnection.ClearAllPools();
                await using var admin = new NpgsqlConnection(server);
                await admin.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", admin);
                await drop.ExecuteNonQueryAsync();
            });
        }

        if (open)
        {
            try
            {
                await created.OpenAnotherAsync();
            }
            catch
            {
                await created.DisposeAsync();
                throw;
            }
        }

        return created;
    }

    /// <summary>Another client of the same database: its own register object, its own connections.</summary>
    public async Task<ActRegister> OpenAnotherAsync() => await OpenAnotherAsync(null);

    /// <summary>Another client, of a program that ships these template files.</summary>
    public async Task<ActRegister> OpenAnotherAsync(IReadOnlyList<Templating.TemplateFile>? shipped)
    {
        var register = await ActRegister.OpenAsync(new RegisterOptions { Connection = Connection, Clock = Clock, ShippedTemplates = shipped });
        lock (_opened)
        {
            _opened.Add(register);
        }

        return register;
    }

    /// <summary>Runs SQL behind the application's back.</summary>
    public async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = await OpenRawAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>Reads one value behind the application's back.</summary>
    public async Task<long> CountAsync(string sql)
    {
        await using var connection = await OpenRawAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var register in _opened)
        {
            await register.DisposeAsync();
        }

        await _drop();
    }

    private async Task<DbConnection> OpenRawAsync()
    {
        DbConnection connection = Provider == RegisterProvider.Sqlite
            ? new SqliteConnection($"Data Source={Connection};Pooling=False")
            : new NpgsqlConnection(Connection);
        await connection.OpenAsync();
        return connection;
    }
}
