using Microsoft.OpenApi;
using Supervision.Api.Access;

namespace Supervision.Api.Setup;

/// <summary>The three security schemes of the OpenAPI document: the session cookie, its CSRF header and a client's key.</summary>
internal static class SecuritySchemes
{
    /// <summary>The session cookie a person gets at <c>/signin</c>.</summary>
    public const string Session = "SessionCookie";

    /// <summary>The antiforgery token every state-changing session call carries.</summary>
    public const string Csrf = "CsrfToken";

    /// <summary>A machine client's key.</summary>
    public const string ApiKey = "ApiKey";

    /// <summary>
    /// The client scope that opens a capability to a key, or null where only a person may call (as
    /// CapabilityHandler decides: no scope opens a door that changes an act or a template, save drafting).
    /// </summary>
    public static string? ClientScopeOpening(string capability) => capability switch
    {
        Capability.ActsRender => "acts:render",
        Capability.RegisterRead => "register:read",
        Capability.TemplatesRead => "templates:read",
        Capability.ActsDraft or Capability.DraftsRead => "acts:draft",
        _ => null,
    };

    /// <summary>Puts the three schemes among the document's components, once.</summary>
    public static void Declare(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes.TryAdd(Session, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = SessionCookie.Name,
            Description = "A person's session, opened at /signin (password or the office's identity provider); GET /api/session gives the CSRF token.",
        });
        document.Components.SecuritySchemes.TryAdd(Csrf, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = CsrfMiddleware.Header,
            Description = "The csrfToken of GET /api/session, sent with every state-changing call made with the session cookie (else 400).",
        });
        document.Components.SecuritySchemes.TryAdd(ApiKey, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ClientKeyHandler.Header,
            Description = "A machine client's key (client add prints it once); the requirement names the scope it needs. "
                + "Rendering, validating, examples and schemas are open without a key or session only while the service listens on loopback (Access:AnonymousRenderOnLoopback).",
        });
    }
}
