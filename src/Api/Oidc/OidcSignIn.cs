using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Supervision.Api.Oidc;

/// <summary>
/// Registers the OpenID Connect scheme where <c>Authentication:Oidc:Authority</c> is set: the
/// authorization code flow with PKCE, the client's secret at the token endpoint, the person claim read
/// from the ID token or the user-info answer. Its only product is the same session cookie a password
/// sign-in gives (<see cref="OidcReturn"/>); the provider's tokens are not kept.
/// </summary>
public static class OidcSignIn
{
    /// <summary>The scheme's name.</summary>
    public const string Scheme = "oidc";

    /// <summary>Where the provider sends the browser back (register <c>https://HOST/signin/oidc/callback</c> with it).</summary>
    public const string CallbackPath = "/signin/oidc/callback";

    /// <summary>Binds the settings and, where an authority is set, adds the scheme; a section that is incomplete stops the start, naming the setting.</summary>
    public static AuthenticationBuilder AddOidcSignIn(this AuthenticationBuilder authentication, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(OidcSettings.Section);
        authentication.Services.AddOptions<OidcSettings>().Bind(section);
        var settings = section.Get<OidcSettings>() ?? new OidcSettings();
        if (!settings.Enabled)
        {
            return authentication;
        }

        var problems = settings.Problems().ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("OpenID Connect sign-in is not configured right: " + string.Join("; ", problems));
        }

        return authentication.AddOpenIdConnect(Scheme, "office identity provider", options => Configure(options, settings));
    }

    private static void Configure(OpenIdConnectOptions options, OidcSettings settings)
    {
        options.Authority = settings.Authority;
        options.ClientId = settings.ClientId;
        options.ClientSecret = settings.ClientSecret;
        options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.UsePkce = true;
        options.CallbackPath = CallbackPath;
        options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
        options.SaveTokens = false;
        options.GetClaimsFromUserInfoEndpoint = true;

        // The claim is named as the provider writes it ("sub", not a .NET claim-type URI).
        options.MapInboundClaims = false;
        options.ClaimActions.MapUniqueJsonKey(settings.PersonClaim, settings.PersonClaim);
        foreach (var scope in settings.Scopes)
        {
            options.Scope.Add(scope);
        }

        // The code comes back in the query of a top-level GET, so the correlation and nonce cookies can be
        // SameSite=Lax and follow the request policy like the session's (a form_post return would need
        // SameSite=None, which browsers drop without HTTPS). The code is worthless without PKCE's verifier.
        options.ResponseMode = OpenIdConnectResponseMode.Query;
        options.CorrelationCookie.SameSite = SameSiteMode.Lax;
        options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.NonceCookie.SameSite = SameSiteMode.Lax;
        options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;

        // Wall time, as the session cookie keeps: tests move the register's clock by days.
        options.TimeProvider = TimeProvider.System;
        options.Events.OnTicketReceived = OidcReturn.TicketReceivedAsync;
        options.Events.OnRemoteFailure = OidcReturn.RemoteFailureAsync;
    }
}
