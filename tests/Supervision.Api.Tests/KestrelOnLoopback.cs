using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Supervision.Api.Tests;

/// <summary>The service on real Kestrel, for tests that speak HTTP byte for byte or that a browser must reach.</summary>
public static class KestrelOnLoopback
{
    /// <summary>
    /// Starts the service on real Kestrel at a free port of 127.0.0.1, points
    /// <see cref="WebApplicationFactory{TEntryPoint}.CreateClient()"/> at it and returns its address ("http://127.0.0.1:PORT/").
    /// The port is bound through Kestrel's own options: <c>UseKestrel(0)</c> sets it on the server's address list after
    /// the host is built, and the minimal-hosting entry point may have started the server by then ("Addresses cannot
    /// be modified after the server has started", seen once in CI).
    /// </summary>
    public static Uri StartKestrel<TEntryPoint>(this WebApplicationFactory<TEntryPoint> factory)
        where TEntryPoint : class
    {
        ArgumentNullException.ThrowIfNull(factory);
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = new Uri(addresses.Single().TrimEnd('/') + "/");
        factory.ClientOptions.BaseAddress = address;
        return address;
    }
}
