using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Supervision.Api.Access;
using Supervision.Api.SignIn;

namespace Supervision.Api.Oidc;

/// <summary>
/// Sign-in with the office's identity provider: <c>GET /signin/oidc</c> sends the browser to the provider
/// (authorization code with PKCE); the provider returns to <see cref="OidcSignIn.CallbackPath"/>, where
/// <see cref="OidcReturn"/> maps the assertion to a registered person and opens the session; then
/// <c>GET /signin/oidc/done</c> moves on to the page asked for. Both answer 404 while OIDC is not configured.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class OidcController(IOptions<OidcSettings> settings) : ControllerBase
{
    /// <summary>Where the sign-in link points.</summary>
    public const string ChallengePath = "/signin/oidc";

    /// <summary>The page after a successful sign-in.</summary>
    public const string DonePath = "/signin/oidc/done";

    /// <summary>The link that signs in with the provider and comes back to <paramref name="returnUrl"/> in the language.</summary>
    public static string ChallengeFor(string? lang, string? returnUrl) =>
        $"{ChallengePath}?lang={SignInWords.For(lang).Language}&returnUrl={Uri.EscapeDataString(SignInPaths.SafeReturn(returnUrl))}";

    /// <summary>Sends the browser to the provider; the language and the page to return to travel in the protected state.</summary>
    [HttpGet(ChallengePath)]
    [AllowAnonymous]
    public IActionResult Challenge([FromQuery] string? lang, [FromQuery] string? returnUrl)
    {
        if (!settings.Value.Enabled)
        {
            return NotFound();
        }

        var language = SignInWords.For(lang).Language;
        var properties = new AuthenticationProperties
        {
            RedirectUri = $"{DonePath}?lang={language}&returnUrl={Uri.EscapeDataString(SignInPaths.SafeReturn(returnUrl))}",
        };
        properties.Items[OidcReturn.LanguageItem] = language;
        return Challenge(properties, OidcSignIn.Scheme);
    }

    /// <summary>
    /// Goes on to the page asked for by a page that refreshes itself, not a redirect: the browser sends the
    /// SameSite=Strict session cookie only on a navigation this site starts, never on the redirects that came from the provider.
    /// </summary>
    [HttpGet(DonePath)]
    [AllowAnonymous]
    public IActionResult Done([FromQuery] string? lang, [FromQuery] string? returnUrl)
    {
        if (!settings.Value.Enabled)
        {
            return NotFound();
        }

        var words = SignInWords.For(lang);
        var oidcWords = OidcWords.For(lang);
        var next = SignInPaths.SafeReturn(returnUrl);
        Response.Headers.CacheControl = "no-store";
        return new ContentResult
        {
            StatusCode = StatusCodes.Status200OK,
            Content = SignInPage.Notice(words, oidcWords.SignedInTitle, null, (next, oidcWords.Continue), refresh: next),
            ContentType = "text/html; charset=utf-8",
        };
    }
}
