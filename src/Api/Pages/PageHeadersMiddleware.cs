namespace Supervision.Api.Pages;

/// <summary>
/// Sets the pages' security headers on every response outside <c>/api</c>: the page may load scripts,
/// styles, images and data from this service only (<c>default-src 'self'</c>: no inline script, no
/// external request), may not be framed, and gives no referrer.
/// </summary>
internal sealed class PageHeadersMiddleware(RequestDelegate next)
{
    /// <summary>The Content-Security-Policy of the pages.</summary>
    public const string Policy = "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = Policy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
        }

        return next(context);
    }
}
