namespace Supervision.Api.Oidc;

/// <summary>
/// The <c>Authentication:Oidc</c> section: sign-in with an office's own OpenID Provider. Without
/// <see cref="Authority"/> the option is off and sign-in is by login and password only.
/// </summary>
public sealed class OidcSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Authentication:Oidc";

    /// <summary>The provider's issuer address ("https://id.prokuror.kz/"); its discovery document is read from there. Empty: OIDC is off.</summary>
    public string? Authority { get; set; }

    /// <summary>The client id the provider registered this service under.</summary>
    public string? ClientId { get; set; }

    /// <summary>The client's secret (keep it out of files: an environment variable <c>Authentication__Oidc__ClientSecret</c>).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The claim that names the person ("sub", "preferred_username", "iin"), read from the ID token or the user-info answer.</summary>
    public string PersonClaim { get; set; } = "sub";

    /// <summary>What the claim's value is matched against in the register: the person's login or IIN.</summary>
    public OidcPersonMatch PersonMatch { get; set; } = OidcPersonMatch.Login;

    /// <summary>Scopes asked for beside "openid" and "profile" (a provider that gives the IIN under its own scope).</summary>
    public IReadOnlyList<string> Scopes { get; set; } = [];

    /// <summary>Whether the provider's metadata must come over HTTPS: true, except for a provider on loopback in tests or development.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Whether OIDC sign-in is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);

    /// <summary>What is missing or wrong in a section that sets an authority, each naming its setting; empty when it is complete.</summary>
    public IEnumerable<string> Problems()
    {
        if (!Enabled)
        {
            yield break;
        }

        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority) || (authority.Scheme != Uri.UriSchemeHttps && authority.Scheme != Uri.UriSchemeHttp))
        {
            yield return $"{Section}:Authority must be an absolute http(s) address, not \"{Authority}\"";
        }

        if (string.IsNullOrWhiteSpace(ClientId))
        {
            yield return $"{Section}:ClientId is required when {Section}:Authority is set";
        }

        if (string.IsNullOrWhiteSpace(ClientSecret))
        {
            yield return $"{Section}:ClientSecret is required when {Section}:Authority is set";
        }

        if (string.IsNullOrWhiteSpace(PersonClaim))
        {
            yield return $"{Section}:PersonClaim must name a claim (\"sub\", \"preferred_username\", \"iin\")";
        }
    }
}
