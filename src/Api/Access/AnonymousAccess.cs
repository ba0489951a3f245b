using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Supervision.Api.Access;

/// <summary>
/// Whether a request with no principal may render: only where <see cref="AccessSettings.AnonymousRenderOnLoopback"/>
/// allows it and every address the server listens on is a loopback one (an in-memory test server,
/// which listens on none, counts as loopback). A proxy on the same machine forwards others' requests
/// over loopback too: a request carrying forwarded headers is never anonymous (<see cref="AllowedFor"/>);
/// behind a proxy, setting it to false says so plainly.
/// </summary>
public sealed class AnonymousAccess(IOptions<AccessSettings> settings, IServer server)
{
    /// <summary>Whether anonymous rendering is open now.</summary>
    public bool Allowed => settings.Value.AnonymousRenderOnLoopback && ListensOnLoopbackOnly(server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);

    /// <summary>Whether every address ("http://127.0.0.1:5080", "http://localhost:5080", "http://[::1]:80") is a loopback one.</summary>
    public static bool ListensOnLoopbackOnly(IEnumerable<string> addresses)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        return addresses.All(IsLoopback);
    }

    /// <summary>
    /// Whether this request may render without a principal: <see cref="Allowed"/>, and it did not come through a
    /// proxy (no <c>X-Forwarded-For</c>, <c>Forwarded</c>, or the <c>X-Original-For</c> the forwarded-headers
    /// middleware leaves): a reverse proxy on the same machine reaches a loopback service for everyone.
    /// </summary>
    public bool AllowedFor(HttpContext? request) =>
        Allowed && (request is null || !ForwardedHeaders.Any(request.Request.Headers.ContainsKey));

    private static readonly string[] ForwardedHeaders = ["X-Forwarded-For", "X-Original-For", "Forwarded"];

    private static bool IsLoopback(string address) => Setup.BindingHost.IsLoopback(Setup.BindingHost.Of(address));
}
