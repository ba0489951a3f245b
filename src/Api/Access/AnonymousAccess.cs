using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Supervision.Api.Access;

/// <summary>
/// Whether a request with no principal may render: only where <see cref="AccessSettings.AnonymousRenderOnLoopback"/>
/// allows it and every address the server listens on is a loopback one (an in-memory test server,
/// which listens on none, counts as loopback). A proxy on the same machine forwards others' requests
/// over loopback too: behind one, set the setting to false.
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

    private static bool IsLoopback(string address)
    {
        var host = BindingHost(address);
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }

    /// <summary>The host of a binding, which may be a wildcard ("http://+:80", "http://*:80") that Uri does not parse.</summary>
    private static string BindingHost(string address)
    {
        var start = address.IndexOf("://", StringComparison.Ordinal);
        var rest = start < 0 ? address : address[(start + 3)..];
        var end = rest.StartsWith('[') ? rest.IndexOf(']', StringComparison.Ordinal) + 1 : rest.IndexOfAny([':', '/']);
        return end <= 0 ? rest : rest[..end];
    }
}
