using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Supervision.Api.Setup;

/// <summary>Tells whoever started the service where it listens, and whether keys are required.</summary>
public static partial class StartupBanner
{
    /// <summary>Prints the addresses once the server has started.</summary>
    public static WebApplication AnnounceOnStart(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                Console.WriteLine($"Supervision render API: {address}  (OpenAPI: {address}/openapi/v1.json, health: {address}/health)");
            }

            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Supervision.Api");
            if (!app.Services.GetRequiredService<ApiKeys>().Required)
            {
                LogNoKeys(logger);
            }
        });
        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No API keys are configured (ApiKeys__0, ...): /api needs no key. Bind only to localhost this way.")]
    private static partial void LogNoKeys(ILogger logger);
}
