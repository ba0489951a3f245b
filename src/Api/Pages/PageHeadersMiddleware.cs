using Microsoft.Extensions.Options;
using Supervision.Api.Signing;

namespace Supervision.Api.Pages;

/// <summary>
/// Sets the pages' security headers on every response outside <c>/api</c>: the page may load scripts,
/// styles, images and data from this service only (<c>default-src 'self'</c>: no inline script, no
/// external request), may not be framed, and gives no referrer. The inbox alone may also open a
/// connection to NCALayer's origin (<c>connect-src</c>), through which the signatory signs with his own key.
/// </summary>
internal sealed class PageHeadersMiddleware(RequestDelegate next, IOptions<NcaLayerSettings> ncaLayer)
{
    /// <summary>The Content-Security-Policy of the pages.</summary>
    public const string Policy = "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

    private readonly string _inboxPolicy = InboxPolicy(ncaLayer.Value.Origin);

    /// <summary>The inbox's policy: the pages' one, and connections to this service and to NCALayer's origin only.</summary>
    public static string InboxPolicy(string ncaLayerOrigin) =>
        Policy.Replace("default-src 'self';", $"default-src 'self'; connect-src 'self' {ncaLayerOrigin};", StringComparison.Ordinal);

    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Request.Path.Equals(PagesSetup.InboxPath, StringComparison.OrdinalIgnoreCase) ? _inboxPolicy : Policy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
        }

        return next(context);
    }
}
