using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Supervision.Api.Access;

namespace Supervision.Api.Setup;

/// <summary>Tells whoever started the service where it listens, and whether rendering is open without sign-in.</summary>
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
                Console.WriteLine($"Supervision render API: {address}  (OpenAPI: {address}/openapi/v1.json, health: {address}/health/ready)");
            }

            Console.WriteLine($"Data folder: {app.Services.GetRequiredService<Supervision.Register.DataFolder>()}  (Data__Path or SUPERVISION_DATA; the command line uses the same)");
            if (app.Services.GetRequiredService<CookieKeys>() is { Shared: true } keys)
            {
                Console.WriteLine($"Cookie keys: {keys}  (shared by the replicas that name the same folder)");
            }

            Console.WriteLine($"Answering to the hosts: {app.Configuration["AllowedHosts"]}  (AllowedHosts; PublicBaseUrl adds its host)");

            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Supervision.Api");
            if (app.Services.GetRequiredService<AnonymousAccess>().Allowed)
            {
                LogAnonymousRender(logger);
            }
        });
        return app;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening on loopback only: rendering, validation and the act form are open without sign-in (Access__AnonymousRenderOnLoopback=false closes them); the register needs sign-in or a client key.")]
    private static partial void LogAnonymousRender(ILogger logger);
}
