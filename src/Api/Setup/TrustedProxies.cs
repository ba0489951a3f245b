using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Supervision.Api.Setup;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed: the section
/// <c>ForwardedHeaders</c>, with <c>KnownProxies</c> (addresses: <c>ForwardedHeaders__KnownProxies__0=127.0.0.1</c>)
/// and <c>KnownNetworks</c> (CIDR: <c>10.0.0.0/8</c>). A value that is neither stops the start, naming it.
/// </summary>
internal sealed record TrustedProxies(IReadOnlyList<IPAddress> Proxies, IReadOnlyList<System.Net.IPNetwork> Networks)
{
    /// <summary>Whether any proxy is trusted; without one forwarded headers are ignored.</summary>
    public bool Any => Proxies.Count > 0 || Networks.Count > 0;

    /// <exception cref="InvalidOperationException">A value is not an address or a network.</exception>
    public static TrustedProxies Read(IConfigurationSection section)
    {
        var proxies = Values(section, "KnownProxies").Select(value => IPAddress.TryParse(value, out var ip)
            ? ip
            : throw new InvalidOperationException($"{section.Path}:KnownProxies: '{value}' is not an IP address (\"127.0.0.1\", \"::1\")")).ToList();
        var networks = Values(section, "KnownNetworks").Select(value => System.Net.IPNetwork.TryParse(value, out var network)
            ? network
            : throw new InvalidOperationException($"{section.Path}:KnownNetworks: '{value}' is not a network (\"10.0.0.0/8\")")).ToList();
        return new TrustedProxies(proxies, networks);
    }

    /// <summary>Trusts only these proxies (not ASP.NET Core's default loopback) for the client's address and scheme.</summary>
    public void Apply(ForwardedHeadersOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in Proxies)
        {
            options.KnownProxies.Add(proxy);
        }

        foreach (var network in Networks)
        {
            options.KnownIPNetworks.Add(network);
        }
    }

    /// <summary>An array section's values, or one value given as "a;b".</summary>
    private static IEnumerable<string> Values(IConfigurationSection section, string key)
    {
        var child = section.GetSection(key);
        var values = child.Value is { } single ? single.Split(';', ',') : child.GetChildren().Select(item => item.Value ?? string.Empty);
        return values.Select(value => value.Trim()).Where(value => value.Length > 0);
    }
}
