namespace Supervision.Api.Register;

/// <summary>
/// The service's public address, which every issued act's QR code carries as "{PublicBaseUrl}/verify/{token}":
/// the setting <c>PublicBaseUrl</c> ("https://supervision.prokuror.kz", or under a path prefix), by default the
/// first address the service listens on (<c>Urls</c>, <c>ASPNETCORE_URLS</c>, <c>--urls</c>, <c>ASPNETCORE_HTTP_PORTS</c>:
/// <see cref="Setup.ServiceAddresses.Configured"/>), a wildcard host read as localhost. A setting that is not
/// an absolute http or https address without query stops the start, naming the setting.
/// </summary>
public static class PublicAddress
{
    /// <summary>The configuration key of the setting.</summary>
    public const string Setting = "PublicBaseUrl";

    /// <summary>The address without a trailing slash.</summary>
    /// <exception cref="InvalidOperationException">The setting is not an absolute http(s) address, or has a query or fragment.</exception>
    public static string Resolve(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[Setting];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Check(configured.Trim(), $"the setting {Setting}");
        }

        var first = Setup.ServiceAddresses.Configured(configuration) is { Count: > 0 } addresses ? addresses[0] : Setup.ServiceAddresses.Fallback;
        foreach (var wildcard in new[] { "://*", "://+", "://0.0.0.0", "://[::]" })
        {
            first = first.Replace(wildcard, "://localhost", StringComparison.Ordinal);
        }

        return Check(first, $"the first address served (set {Setting} to the address people reach the service at)");
    }

    private static string Check(string address, string source)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new InvalidOperationException($"{Setting}: '{address}' from {source} is not an absolute http or https address (\"https://supervision.example.kz\").");
        }

        if (uri.Query.Length > 0 || uri.Fragment.Length > 0 || !string.IsNullOrEmpty(uri.UserInfo))
        {
            throw new InvalidOperationException($"{Setting}: '{address}' from {source} must have no query, fragment or user name: the act's QR code adds /verify/{{token}} to it.");
        }

        return uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }
}
