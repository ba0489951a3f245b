using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Supervision.Api.Problems;

namespace Supervision.Api.Access;

/// <summary>
/// Every state-changing request made with the session cookie must carry antiforgery's token — in
/// <c>X-CSRF-Token</c> for API calls, or the form field <c>__RequestVerificationToken</c> for forms —
/// else 400 and nothing runs. A client's key is not sent by browsers on their own, so key calls need none.
/// </summary>
internal sealed class CsrfMiddleware(RequestDelegate next, IAntiforgery antiforgery)
{
    /// <summary>The header the pages and session callers send the token in.</summary>
    public const string Header = "X-CSRF-Token";

    public async Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        var safe = HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);
        // The public verification page's compare form is the same for anyone and changes nothing: it carries no token.
        var compareOnly = context.Request.Path.StartsWithSegments("/verify", StringComparison.Ordinal);
        if (!safe && !compareOnly && context.User.Identity is { IsAuthenticated: true, AuthenticationType: CookieAuthenticationDefaults.AuthenticationScheme }
            && !await antiforgery.IsRequestValidAsync(context))
        {
            await ProblemWriter.WriteAsync(context, DoorProblems.CsrfTokenMissing());
            return;
        }

        await next(context);
    }
}
