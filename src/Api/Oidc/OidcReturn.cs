using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Supervision.Api.Access;
using Supervision.Api.Register;
using Supervision.Api.SignIn;

namespace Supervision.Api.Oidc;

/// <summary>
/// What happens when the provider sends the browser back. A valid assertion that names an enabled,
/// registered person becomes that person's session — the same claims a password sign-in writes, so the
/// same principal, the same CSRF rule, and the person's login in every audit entry. Anything else is
/// a page that says why, and nothing is signed in.
/// </summary>
internal static partial class OidcReturn
{
    /// <summary>The item of the protected state that carries the interface language ("kk", "ru").</summary>
    public const string LanguageItem = "supervision.lang";

    /// <summary>Maps the assertion to a person, or refuses it with a page.</summary>
    public static async Task TicketReceivedAsync(TicketReceivedContext context)
    {
        var http = context.HttpContext;
        var settings = http.RequestServices.GetRequiredService<IOptions<OidcSettings>>().Value;
        var register = await http.RequestServices.GetRequiredService<RegisterHost>().GetAsync(http.RequestAborted);
        var value = context.Principal?.FindFirst(settings.PersonClaim)?.Value;
        var outcome = await OidcPersonLookup.FindAsync(register.People, settings.PersonMatch, settings.PersonClaim, value, http.RequestAborted);
        if (outcome is OidcPersonLookup.Outcome.Found found)
        {
            context.Principal = PrincipalClaims.ForPerson(found.Person, CookieAuthenticationDefaults.AuthenticationScheme);
            Metrics.ApiMetrics.SignIn("oidc", "signed-in");
            return;
        }

        var words = OidcWords.For(Language(context.Properties));
        var (reason, message) = outcome switch
        {
            OidcPersonLookup.Outcome.NoClaim noClaim => ("the assertion has no such claim", Format(words.NoClaim, noClaim.Claim)),
            OidcPersonLookup.Outcome.Disabled disabled => ("the person is disabled", Format(words.Disabled, disabled.Value)),
            OidcPersonLookup.Outcome.Unknown unknown => ($"no person has that {(settings.PersonMatch == OidcPersonMatch.Iin ? "IIN" : "login")}", Format(words.Unknown, unknown.Value)),
            _ => throw new InvalidOperationException($"unexpected outcome {outcome}"),
        };

        // The value may be an IIN: the log names the claim and the reason, never the value.
        LogRefused(Logger(http), reason, settings.PersonClaim);
        Metrics.ApiMetrics.SignIn("oidc", "refused");
        context.HandleResponse();
        await WriteAsync(http, StatusCodes.Status403Forbidden, words, message);
    }

    /// <summary>
    /// The provider answered with an error (the person cancelled, the client is not allowed), or the
    /// return could not be checked (state, correlation, nonce, token): a page, not an exception.
    /// </summary>
    public static async Task RemoteFailureAsync(RemoteFailureContext context)
    {
        LogFailed(Logger(context.HttpContext), context.Failure?.Message);
        Metrics.ApiMetrics.SignIn("oidc", "refused");
        context.HandleResponse();
        await WriteAsync(context.HttpContext, StatusCodes.Status400BadRequest, OidcWords.For(Language(context.Properties)), null);
    }

    private static async Task WriteAsync(HttpContext http, int status, OidcWords words, string? message)
    {
        var page = SignInPage.Notice(
            SignInWords.For(words.Language),
            words.RefusedTitle,
            message ?? words.Failed,
            ($"{SignInPaths.SignIn}?lang={words.Language}", words.BackToSignIn));
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        await http.Response.WriteAsync(page, http.RequestAborted);
    }

    private static string? Language(AuthenticationProperties? properties) =>
        properties?.Items.TryGetValue(LanguageItem, out var language) == true ? language : null;

    private static string Format(string template, string value) => string.Format(CultureInfo.InvariantCulture, template, value);

    [LoggerMessage(Level = LogLevel.Warning, Message = "OIDC sign-in refused: {Reason} (claim {Claim})")]
    private static partial void LogRefused(ILogger logger, string reason, string claim);

    [LoggerMessage(Level = LogLevel.Warning, Message = "OIDC sign-in failed: {Failure}")]
    private static partial void LogFailed(ILogger logger, string? failure);

    private static ILogger Logger(HttpContext http) => http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OidcReturn).FullName!);
}
