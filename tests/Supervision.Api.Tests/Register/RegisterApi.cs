using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Supervision.Register;

namespace Supervision.Api.Tests.Register;

/// <summary>
/// The real service in memory over an empty register of its own: a SQLite file in a temporary folder,
/// or a schema of its own on the PostgreSQL server named by SUPERVISION_TEST_POSTGRES (dropped at the
/// end), given to the service through the configuration (<c>Register:Connection</c>), with a data folder of its
/// own (<c>Data:Path</c>: the cookie keys, a PostgreSQL register's audit key). The register's
/// clock is a <see cref="TestClock"/> (20 October 2025 by default).
/// </summary>
public sealed class RegisterApi : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;
    private readonly Dictionary<string, string?> _settings;

    private RegisterApi(TestDatabase database, Dictionary<string, string?> settings)
    {
        _database = database;
        _settings = settings;
    }

    public RegisterProvider Provider => _database.Provider;

    /// <summary>The register's connection (a SQLite file path, or a PostgreSQL connection string with its schema).</summary>
    public string Connection => _database.Connection;

    /// <summary>The audit key file the service keeps the register's key in, for a client of the test's own: null beside a SQLite file.</summary>
    public string? AuditKeyFile => _database.AuditKeyFile;

    internal TestClock Clock { get; } = new(new DateTimeOffset(2025, 10, 20, 6, 0, 0, TimeSpan.Zero));

    public CapturedLogs Logs { get; } = new();

    /// <summary>A service over a new, empty register; extra settings (such as ApiKeys) go into its configuration.</summary>
    public static async Task<RegisterApi> CreateAsync(RegisterProvider provider, params (string Key, string? Value)[] settings)
    {
        var extra = settings.ToDictionary(setting => setting.Key, setting => setting.Value, StringComparer.Ordinal);
        var database = await TestDatabase.CreateAsync(provider, "supervision-register-api-", Path.Combine("register", "supervision.db"), "register_api_test_");
        return new RegisterApi(database, extra);
    }

    /// <summary>Runs SQL behind the application's back.</summary>
    public Task<int> ExecuteAsync(string sql) => _database.ExecuteAsync(sql);

    /// <summary>Reads one number behind the application's back.</summary>
    public Task<long> CountAsync(string sql) => _database.CountAsync(sql);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Register:Connection", Connection);
        builder.UseSetting("Data:Path", _database.DataFolder);
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
}
