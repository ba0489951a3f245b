using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Supervision.Api.Tests;

/// <summary>The real service in memory, its log lines captured so that tests can read what it logged.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    /// <summary>Every log line the service wrote.</summary>
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.AddProvider(Logs);
            logging.SetMinimumLevel(LogLevel.Information);
        });
        builder.ConfigureServices(services => services.AddSingleton(Logs));
    }
}
