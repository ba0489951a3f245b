using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace Supervision.Api.Setup;

/// <summary>
/// Where the service listens and whom it answers, as ASP.NET Core users expect: the addresses given by
/// <c>ASPNETCORE_URLS</c>, <c>ASPNETCORE_HTTP_PORTS</c>/<c>ASPNETCORE_HTTPS_PORTS</c>, <c>--urls</c>, the setting
/// <c>Urls</c> or <c>Kestrel:Endpoints</c> are honoured, and <see cref="Fallback"/> only when none is given; the
/// Host header must name a host served (<c>AllowedHosts</c> defaults to them, not "*"); behind a reverse proxy
/// listed in <c>ForwardedHeaders:KnownProxies</c> (or a network in <c>ForwardedHeaders:KnownNetworks</c>) the
/// client's address and scheme are taken from its <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>.
/// </summary>
public static class ServiceAddresses
{
    /// <summary>The address the service listens on when none is given: loopback only, where rendering needs no sign-in.</summary>
    public const string Fallback = "http://127.0.0.1:5080";

    /// <summary>The configuration section of the reverse proxies trusted to say who the client is.</summary>
    public const string ForwardedSection = "ForwardedHeaders";

    private const string AllowedHostsKey = "AllowedHosts";

    /// <summary>Applies the fallback address, the default allowed hosts and the known proxies. Call first in Program.cs.</summary>
    public static WebApplicationBuilder AddServiceAddresses(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        if (!AddressGiven(configuration))
        {
            builder.WebHost.UseUrls(Fallback);
        }

        if (string.IsNullOrWhiteSpace(configuration[AllowedHostsKey]))
        {
            configuration[AllowedHostsKey] = string.Join(';', HostsServed(configuration));
        }

        var proxies = TrustedProxies.Read(configuration.GetSection(ForwardedSection));
        if (proxies.Any)
        {
            builder.Services.Configure<ForwardedHeadersOptions>(proxies.Apply);
            builder.Services.AddTransient<IStartupFilter, ForwardedHeadersFirst>();
        }

        return builder;
    }

    /// <summary>Whether any way of giving the addresses was used (the keys all ways end up under).</summary>
    public static bool AddressGiven(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.ServerUrlsKey])
            || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpPortsKey])
            || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpsPortsKey])
            || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
    }

    /// <summary>
    /// The addresses as configured, ports as wildcard bindings ("http://*:8080"), in the order Kestrel takes them:
    /// its endpoints, else the URLs, else the ports.
    /// </summary>
    public static IReadOnlyList<string> Configured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(endpoint => endpoint["Url"]).OfType<string>().ToList();
        if (endpoints.Count > 0)
        {
            return endpoints;
        }

        if (Split(configuration[WebHostDefaults.ServerUrlsKey]) is { Count: > 0 } urls)
        {
            return urls;
        }

        return
        [
            .. Split(configuration[WebHostDefaults.HttpPortsKey]).Select(port => $"http://*:{port}"),
            .. Split(configuration[WebHostDefaults.HttpsPortsKey]).Select(port => $"https://*:{port}"),
        ];
    }

    /// <summary>
    /// The host names the service answers to: those of the addresses it listens on and of <c>PublicBaseUrl</c>;
    /// loopback's three names where it listens on loopback; where it listens on every interface, also the
    /// machine's name and each interface's address.
    /// </summary>
    public static IReadOnlyList<string> HostsServed(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var hosts = new List<string>();
        var loopback = false;
        var everywhere = false;
        foreach (var address in Configured(configuration).Append(configuration[Register.PublicAddress.Setting] ?? string.Empty))
        {
            var host = BindingHost.Of(address);
            if (host.Length == 0)
            {
                continue;
            }

            if (BindingHost.IsWildcard(host))
            {
                everywhere = true;
            }
            else
            {
                loopback |= BindingHost.IsLoopback(host);
                hosts.Add(host);
            }
        }

        if (loopback || everywhere)
        {
            hosts.AddRange(["localhost", "127.0.0.1", "[::1]"]);
        }

        if (everywhere)
        {
            hosts.Add(Dns.GetHostName());
            hosts.AddRange(InterfaceAddresses());
        }

        return [.. hosts.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private static IEnumerable<string> InterfaceAddresses()
    {
        IEnumerable<UnicastIPAddressInformation> addresses;
        try
        {
            addresses = [.. NetworkInterface.GetAllNetworkInterfaces().SelectMany(network => network.GetIPProperties().UnicastAddresses)];
        }
        catch (NetworkInformationException)
        {
            yield break; // a machine that does not list its interfaces answers to its name and loopback
        }

        foreach (var unicast in addresses)
        {
            var ip = unicast.Address;
            if (ip.AddressFamily == AddressFamily.InterNetwork)
            {
                yield return ip.ToString();
            }
            else if (ip.AddressFamily == AddressFamily.InterNetworkV6 && !ip.IsIPv6LinkLocal)
            {
                yield return $"[{ip}]";
            }
        }
    }

    private static List<string> Split(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : [.. value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>Puts the forwarded-headers middleware before everything else, host filtering aside.</summary>
    private sealed class ForwardedHeadersFirst : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseForwardedHeaders();
            next(app);
        };
    }
}
