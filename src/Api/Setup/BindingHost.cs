using System.Net;

namespace Supervision.Api.Setup;

/// <summary>The host of a listening address, which may be a wildcard ("http://+:80", "http://*:80") that <see cref="Uri"/> does not parse.</summary>
public static class BindingHost
{
    /// <summary>"127.0.0.1", "localhost", "[::1]", "*" from "http://127.0.0.1:5080", "http://localhost", "http://[::1]:80", "http://*:80".</summary>
    public static string Of(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var start = address.IndexOf("://", StringComparison.Ordinal);
        var rest = start < 0 ? address : address[(start + 3)..];
        var end = rest.StartsWith('[') ? rest.IndexOf(']', StringComparison.Ordinal) + 1 : rest.IndexOfAny([':', '/']);
        return end <= 0 ? rest : rest[..end];
    }

    /// <summary>Whether the host stands for every interface ("*", "+", "0.0.0.0", "[::]").</summary>
    public static bool IsWildcard(string host) => host is "*" or "+" or "0.0.0.0" or "[::]";

    /// <summary>Whether the host is loopback ("localhost", "127.0.0.1", "[::1]").</summary>
    public static bool IsLoopback(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
