using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Supervision.Api.Tests.Oidc;

/// <summary>
/// Signing in through the office's identity provider as a browser does: the service's link, the
/// provider's login form, the way back with the code; one cookie jar for both sites, redirects followed.
/// </summary>
public static partial class OidcSessions
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>
    /// Signs in via OIDC as the provider's account and returns an HttpClient for the service that carries
    /// the session cookie and sends the session's CSRF token in <c>X-CSRF-Token</c>, ready for any call the
    /// person's roles allow. Fails the test where the sign-in does not end on the "signed in" page.
    /// </summary>
    public static async Task<HttpClient> SignInViaOidcAsync(OidcApp app, string account, string language = "kk")
    {
        ArgumentNullException.ThrowIfNull(app);
        var browser = Browser(app);
        using var done = await ThroughProviderAsync(browser, account, OidcApp.ProviderPassword, language);
        var page = await done.Content.ReadAsStringAsync(Cancellation);
        Assert.True(done.StatusCode == HttpStatusCode.OK && done.RequestMessage?.RequestUri?.AbsolutePath == "/signin/oidc/done", $"OIDC sign-in as {account}: {(int)done.StatusCode} {done.RequestMessage?.RequestUri}: {page}");
        var session = await browser.GetFromJsonAsync<JsonElement>("/api/session", Cancellation);
        browser.DefaultRequestHeaders.Add("X-CSRF-Token", session.GetProperty("csrfToken").GetString());
        return browser;
    }

    /// <summary>A client with its own cookie jar, following redirects across the service and the provider, addressed to the service.</summary>
    public static OidcBrowser Browser(OidcApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return new OidcBrowser(app.Address);
    }

    /// <summary>Follows the sign-in link to the provider, posts its login form, and returns the last response the way back led to.</summary>
    public static async Task<HttpResponseMessage> ThroughProviderAsync(HttpClient browser, string account, string password, string language = "kk")
    {
        ArgumentNullException.ThrowIfNull(browser);
        using var form = await browser.GetAsync($"/signin/oidc?lang={language}&returnUrl=%2F", Cancellation);
        var html = await form.Content.ReadAsStringAsync(Cancellation);
        var action = FormAction().Match(html);
        Assert.True(form.StatusCode == HttpStatusCode.OK && action.Success, $"the provider's login form: {(int)form.StatusCode} {html}");
        return await browser.PostAsync(
            new Uri(form.RequestMessage!.RequestUri!, action.Groups[1].Value),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["login"] = account, ["password"] = password }),
            Cancellation);
    }

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]+)\"")]
    private static partial Regex FormAction();
}
