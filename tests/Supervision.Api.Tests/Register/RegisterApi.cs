using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Supervision.Register;

namespace Supervision.Api.Tests.Register;

/// <summary>
/// The real service in memory over an empty register of its own: a SQLite file in a temporary folder,
/// or a schema of its own on the PostgreSQL server named by SUPERVISION_TEST_POSTGRES (dropped at the
/// end), given to the service through the configuration (<c>Register:Connection</c>). The register's
/// clock is a <see cref="TestClock"/> (20 October 2025 by default).
/// </summary>
public sealed class RegisterApi : WebApplicationFactory<Program>
{
    private readonly Func<ValueTask> _drop;
    private readonly Dictionary<string, string?> _settings;

    private RegisterApi(RegisterProvider provider, string connection, Func<ValueTask> drop, Dictionary<string, string?> settings)
    {
        Provider = provider;
        Connection = connection;
        _drop = drop;
        _settings = settings;
    }

    public RegisterProvider Provider { get; }

    /// <summary>The register's connection (a SQLite file path, or a PostgreSQL connection string with its schema).</summary>
    public string Connection { get; }

    internal TestClock Clock { get; } = new(new DateTimeOffset(2025, 10, 20, 6, 0, 0, TimeSpan.Zero));

    public CapturedLogs Logs { get; } = new();

    /// <summary>A service over a new, empty register; extra settings (such as ApiKeys) go into its configuration.</summary>
    public static async Task<RegisterApi> CreateAsync(RegisterProvider provider, params (string Key, string? Value)[] settings)
    {
        var extra = settings.ToDictionary(setting => setting.Key, setting => setting.Value, StringComparer.Ordinal);
        if (provider == RegisterProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("supervision-register-api-");
            return new RegisterApi(provider, Path.Combine(folder.FullName, "register", "supervision.db"), () =>
            {
                SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
                return ValueTask.CompletedTask;
            }, extra);
        }

        var server = PostgresServer.ConnectionString();
        var schema = $"register_api_test_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync(TestContext.Current.CancellationToken);
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", admin);
            await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var connection = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
        return new RegisterApi(provider, connection, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", admin);
            await drop.ExecuteNonQueryAsync();
        }, extra);
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

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _drop();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Register:Connection", Connection);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.AddProvider(Logs);
            logging.SetMinimumLevel(LogLevel.Information);
        });
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    private async Task<DbConnection> OpenRawAsync()
    {
        DbConnection connection = Provider == RegisterProvider.Sqlite
            ? new SqliteConnection($"Data Source={Connection};Pooling=False")
            : new NpgsqlConnection(Connection);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }
}
