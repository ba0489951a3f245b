using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Supervision.Api.Tests;

/// <summary>The real service in memory, its log lines captured so that tests can read what it logged.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    /// <summary>A register of its own in a temporary folder, so that no test writes into the source tree.</summary>
    private readonly string _data = Directory.CreateTempSubdirectory("supervision-api-").FullName;

    /// <summary>Every log line the service wrote.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>What the service printed on its console alone (the first administrator's one-time password).</summary>
    public CapturedConsole Console { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Register:Connection", $"Data Source={Path.Combine(_data, "register.db")}");
        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.AddProvider(Logs);
            logging.SetMinimumLevel(LogLevel.Information);
        });
        builder.ConfigureTestServices(services => services.AddSingleton<Supervision.Api.Register.ConsoleNotice>(Console));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_data))
        {
            SqliteConnection.ClearAllPools();

            // SQLite may still hold the file for a moment after the host stops; a leftover temp folder is harmless.
            try
            {
                Directory.Delete(_data, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
