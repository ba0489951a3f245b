using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Supervision.Api.Access;
using Supervision.Api.Metrics;
using Supervision.Api.Oidc;
using Supervision.Api.Problems;
using Supervision.Api.Register;
using Supervision.Register;

namespace Supervision.Api.SignIn;

/// <summary>
/// Signing in and out with a login and password: the form at <c>/signin</c>, the forced password change
/// at <c>/signin/password</c>, and <c>POST /signout</c>. Each form carries antiforgery's field; a wrong
/// login or password says no more than that, and <see cref="SignInPolicy.MaxFailures"/> failures lock the login.
/// Where an office's identity provider is configured the sign-in form links to it (<see cref="OidcController"/>).
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class SignInController(RegisterHost host, IAntiforgery antiforgery, IOptions<OidcSettings> oidc) : ControllerBase
{
    private static readonly TimeSpan Astana = TimeSpan.FromHours(5);

    /// <summary>The sign-in form.</summary>
    [HttpGet(SignInPaths.SignIn)]
    [AllowAnonymous]
    public IActionResult Form([FromQuery] string? lang, [FromQuery] string? returnUrl) =>
        Html(StatusCodes.Status200OK, SignInPage.SignIn(SignInWords.For(lang), Token(), SignInPaths.SafeReturn(returnUrl), null, null, Alternative(lang, returnUrl)));

    /// <summary>Checks the login and password; on success sets the session cookie and goes on (to the password change first where it is due).</summary>
    [HttpPost(SignInPaths.SignIn)]
    [AllowAnonymous]
    public async Task<IActionResult> SignIn([FromForm] string? login, [FromForm] string? password, [FromForm] string? returnUrl, [FromForm] string? lang)
    {
        if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            return new ProblemResult(DoorProblems.CsrfTokenMissing());
        }

        var words = SignInWords.For(lang);
        var back = SignInPaths.SafeReturn(returnUrl);
        var register = await host.GetAsync(HttpContext.RequestAborted);
        switch (await register.SignIns.SignInAsync(login ?? string.Empty, password ?? string.Empty, HttpContext.RequestAborted))
        {
            case SignInOutcome.SignedIn signedIn:
                ApiMetrics.SignIn("password", "signed-in");
                await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, PrincipalClaims.ForPerson(signedIn.Person, CookieAuthenticationDefaults.AuthenticationScheme));
                return Redirect(signedIn.Person.MustChangePassword ? $"{SignInPaths.ChangePassword}?lang={words.Language}" : back);
            case SignInOutcome.LockedOut locked:
                ApiMetrics.SignIn("password", "locked-out");
                Response.Headers.RetryAfter = ((int)Math.Ceiling((locked.Until - DateTimeOffset.UtcNow).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                var until = locked.Until.ToOffset(Astana).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
                return Html(StatusCodes.Status429TooManyRequests, SignInPage.SignIn(words, Token(), back, login, string.Format(CultureInfo.InvariantCulture, words.LockedOut, until), Alternative(lang, back)));
            default:
                ApiMetrics.SignIn("password", "refused");
                return Html(StatusCodes.Status401Unauthorized, SignInPage.SignIn(words, Token(), back, login, words.Refused, Alternative(lang, back)));
        }
    }

    /// <summary>The password-change form.</summary>
    [HttpGet(SignInPaths.ChangePassword)]
    [Authorize(Policy = Capability.Session)]
    public IActionResult PasswordForm([FromQuery] string? lang) =>
        Html(StatusCodes.Status200OK, SignInPage.ChangePassword(SignInWords.For(lang), Token(), null));

    /// <summary>Changes the password (the CSRF middleware has checked the form's token); the session goes on without the must-change mark.</summary>
    [HttpPost(SignInPaths.ChangePassword)]
    [Authorize(Policy = Capability.Session)]
    public async Task<IActionResult> ChangePassword([FromForm] string? currentPassword, [FromForm] string? newPassword, [FromForm] string? repeatPassword, [FromForm] string? lang)
    {
        var words = SignInWords.For(lang);
        if (newPassword != repeatPassword)
        {
            return Html(StatusCodes.Status400BadRequest, SignInPage.ChangePassword(words, Token(), words.Mismatch));
        }

        var login = PrincipalClaims.Read(User)!.Name;
        var register = await host.GetAsync(HttpContext.RequestAborted);
        var outcome = await register.SignIns.ChangePasswordAsync(login, currentPassword ?? string.Empty, newPassword ?? string.Empty, HttpContext.RequestAborted);
        if (outcome is PersonOutcome.Refused refused)
        {
            var error = refused.Problem.Field == "currentPassword" ? words.WrongCurrent
                : refused.Problem.Message.StartsWith("is the current", StringComparison.Ordinal) ? words.SameAsCurrent
                : words.Length;
            return Html(StatusCodes.Status400BadRequest, SignInPage.ChangePassword(words, Token(), error));
        }

        var person = ((PersonOutcome.Done)outcome).Person;
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, PrincipalClaims.ForPerson(person, CookieAuthenticationDefaults.AuthenticationScheme));
        return Redirect("/");
    }

    /// <summary>Ends the session (the CSRF middleware has checked the form's token or header).</summary>
    [HttpPost(SignInPaths.SignOut)]
    [Authorize(Policy = Capability.Session)]
    public async Task<IActionResult> SignOut([FromForm] string? lang)
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect($"{SignInPaths.SignIn}?lang={SignInWords.For(lang).Language}");
    }

    /// <summary>The link to sign in with the office's identity provider, where one is configured.</summary>
    private (string Href, string Label)? Alternative(string? lang, string? returnUrl) =>
        oidc.Value.Enabled ? (OidcController.ChallengeFor(lang, returnUrl), OidcWords.For(lang).SignInWithProvider) : null;

    private string Token() => antiforgery.GetAndStoreTokens(HttpContext).RequestToken!;

    private ContentResult Html(int status, string html)
    {
        Response.Headers.CacheControl = "no-store";
        return new ContentResult { StatusCode = status, Content = html, ContentType = "text/html; charset=utf-8" };
    }
}
