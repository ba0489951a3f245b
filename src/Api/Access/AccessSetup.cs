using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Supervision.Api.Oidc;

namespace Supervision.Api.Access;

/// <summary>
/// Who may call what: the session cookie for people (opened by a password or, where configured, by the
/// office's OpenID Provider), <c>X-Api-Key</c> for clients (a policy scheme picks the key handler when the header is there), antiforgery for session calls, one authorization
/// policy per <see cref="Capability"/>.
/// </summary>
public static class AccessSetup
{
    private const string Scheme = "Supervision";

    /// <summary>Registers authentication, antiforgery, the capability policies and <see cref="ICurrentPrincipal"/>.</summary>
    public static WebApplicationBuilder AddAccess(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<AccessSettings>().Bind(builder.Configuration.GetSection(AccessSettings.Section));
        services.AddHttpContextAccessor();
        services.AddSingleton<AnonymousAccess>();
        services.AddScoped<ICurrentPrincipal, CurrentPrincipal>();
        services.AddSingleton<IAuthorizationHandler, CapabilityHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, DoorResultHandler>();

        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "session or client key", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ClientKeyHandler.Header) ? ClientKeyHandler.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, SessionCookie.Configure)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ClientKeyHandler>(ClientKeyHandler.SchemeName, null)
            .AddOidcSignIn(builder.Configuration);

        services.AddAntiforgery(options =>
        {
            options.HeaderName = CsrfMiddleware.Header;
            options.Cookie.Name = "supervision.csrf";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
        });

        // No fallback policy: it would also answer unknown routes with 401 instead of 404. Instead a test
        // holds every endpoint to name its policy or AllowAnonymous (EveryEndpointNamesWhoMayCallIt).
        services.AddAuthorizationBuilder().AddCapabilityPolicies();
        return builder;
    }

    /// <summary>Authenticates, checks CSRF on session calls, then authorizes: after the static files, before the endpoints.</summary>
    public static WebApplication UseAccess(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthentication();
        app.UseMiddleware<CsrfMiddleware>();
        app.UseAuthorization();

        // After the caller is known and allowed: a refused request never waits for a turn to read.
        app.UseRateLimiter();
        return app;
    }

    private static AuthorizationBuilder AddCapabilityPolicies(this AuthorizationBuilder builder)
    {
        foreach (var capability in Capability.All)
        {
            builder.AddPolicy(capability, policy => policy.AddRequirements(new CapabilityRequirement(capability)));
        }

        return builder;
    }
}
