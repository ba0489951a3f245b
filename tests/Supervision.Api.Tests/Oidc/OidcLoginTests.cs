using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Supervision.Acts;
using Supervision.Api.Problems;
using Supervision.Api.Tests.Register;

namespace Supervision.Api.Tests.Oidc;

/// <summary>Sign-in through a real OpenID Provider, the person named by <c>preferred_username</c> matched against logins.</summary>
public sealed class OidcLoginTests(OidcByLogin app) : IClassFixture<OidcByLogin>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnOidcSignInOpensTheSessionOfThePersonTheProviderNamesWithHisRoles()
    {
        using var client = await OidcSessions.SignInViaOidcAsync(app, OidcByLogin.Subject(OidcByLogin.Signatory));

        var session = await client.GetFromJsonAsync<JsonElement>("/api/session", Cancellation);

        Assert.Equal(OidcByLogin.Signatory, session.GetProperty("login").GetString());
        Assert.Equal("Тестов Тест", session.GetProperty("name").GetString());
        Assert.Equal("91-1", session.GetProperty("office").GetString());
        Assert.Equal(["drafter", "signatory"], session.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
        Assert.False(session.GetProperty("mustChangePassword").GetBoolean());
    }

    [Fact]
    public async Task TheWayBackEndsOnAPageThatMovesOnByItselfSoThatTheStrictSessionCookieIsSent()
    {
        using var browser = OidcSessions.Browser(app);

        using var done = await OidcSessions.ThroughProviderAsync(browser, OidcByLogin.Subject(OidcByLogin.Signatory), OidcApp.ProviderPassword, "ru");
        var page = await done.Content.ReadAsStringAsync(Cancellation);
        var cookies = browser.Jar.GetCookies(app.Address);

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0;url=/\">", page, StringComparison.Ordinal);
        Assert.Contains("Вход выполнен", page, StringComparison.Ordinal);
        var session = Assert.Single(cookies, cookie => cookie.Name == "supervision.session");
        Assert.True(session.HttpOnly);
    }

    [Fact]
    public async Task TheSignInPageOffersTheProviderInKazakhAndInRussian()
    {
        using var browser = OidcSessions.Browser(app);

        var kk = await browser.GetStringAsync("/signin?lang=kk&returnUrl=%2Ftemplates", Cancellation);
        var ru = await browser.GetStringAsync("/signin?lang=ru", Cancellation);

        Assert.Contains("<a href=\"/signin/oidc?lang=kk&amp;returnUrl=%2Ftemplates\">Прокуратураның сәйкестендіру жүйесі арқылы кіру</a>", kk, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/signin/oidc?lang=ru&amp;returnUrl=%2F\">Войти через систему идентификации прокуратуры</a>", ru, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownSubjectIsRefusedWithAPageThatSaysWhyAndNothingIsSignedIn()
    {
        using var browser = OidcSessions.Browser(app);

        using var refused = await OidcSessions.ThroughProviderAsync(browser, OidcByLogin.Stranger, OidcApp.ProviderPassword, "ru");
        var page = await refused.Content.ReadAsStringAsync(Cancellation);
        using var session = await browser.GetAsync("/api/session", Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Система идентификации подтвердила пользователя «nobody.here», но он не зарегистрирован в этой системе.", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/signin?lang=ru\"", page, StringComparison.Ordinal);
        await Problems.AssertProblem(session, HttpStatusCode.Unauthorized, ProblemTypes.SignInRequired);
        Assert.DoesNotContain(browser.Jar.GetCookies(app.Address), cookie => cookie.Name == "supervision.session");
    }

    [Fact]
    public async Task ADisabledPersonIsRefusedThoughTheProviderVouchesForHim()
    {
        using var browser = OidcSessions.Browser(app);

        using var refused = await OidcSessions.ThroughProviderAsync(browser, OidcByLogin.Subject(OidcByLogin.Disabled), OidcApp.ProviderPassword, "kk");
        var page = await refused.Content.ReadAsStringAsync(Cancellation);
        using var session = await browser.GetAsync("/api/session", Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("«oidc.disabled» пайдаланушысының бұл жүйеге кіруі тоқтатылған.", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, session.StatusCode);
    }

    [Fact]
    public async Task AnAssertionWithoutThePersonClaimIsRefusedNamingTheClaim()
    {
        using var browser = OidcSessions.Browser(app);

        using var refused = await OidcSessions.ThroughProviderAsync(browser, OidcByLogin.Nameless, OidcApp.ProviderPassword, "ru");
        var page = await refused.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("не передала сведения, по которым определяется пользователь (preferred_username)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReturnThatDidNotStartHereIsAPageNotAnError()
    {
        using var browser = OidcSessions.Browser(app);

        using var forged = await browser.GetAsync("/signin/oidc/callback?code=stolen&state=made-up", Cancellation);
        var page = await forged.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("Сәйкестендіру жүйесі арқылы кіру сәтсіз аяқталды.", page, StringComparison.Ordinal);
        Problems.AssertNoInternals(page);
    }

    /// <summary>
    /// The person signed in through the provider drafts and signs an act as himself: an assistant, whom the policy
    /// lets sign a prosecutor's conclusion (which then waits for its approval), with the session's CSRF token and
    /// with nothing else; the doors his roles do not open stay shut.
    /// </summary>
    [Fact]
    public async Task TheSignatorySignedInByOidcDraftsAndSignsWithTheSessionsCsrfTokenAndPassesNoOtherDoor()
    {
        using var client = await OidcSessions.SignInViaOidcAsync(app, OidcByLogin.Subject(OidcByLogin.Signatory));
        var act = Requests.Example(ActKind.Conclusion, ActLanguage.Ru);
        act["office"]!["name"] = "Тестовая районная прокуратура";

        using var withoutToken = await CallWithoutCsrfAsync(client, "/api/drafts", act);
        var draft = await Staff.SendAsync(client, HttpMethod.Post, "/api/drafts", act, HttpStatusCode.Created);
        var id = draft.GetProperty("id").GetInt64();
        await Staff.SendAsync(client, HttpMethod.Post, $"/api/drafts/{id}/submit", new JsonObject { ["signatory"] = OidcByLogin.Signatory });
        var signed = await Staff.SendAsync(client, HttpMethod.Post, $"/api/drafts/{id}/sign", null);
        using var propose = await client.PostAsync("/api/templates/proposals", Requests.Json(new JsonObject { ["path"] = "templates-ru/instruction.sbn", ["text"] = "x" }), Cancellation);
        using var audit = await client.GetAsync("/api/audit/verify", Cancellation);

        await Problems.AssertProblem(withoutToken, HttpStatusCode.BadRequest, ProblemTypes.CsrfToken);
        Assert.Equal("awaiting-approval", signed.GetProperty("state").GetString());
        Assert.Equal(OidcByLogin.Signatory, signed.GetProperty("signatory").GetString());
        var (actor, action, _) = await LastAuditEntryAsync();
        Assert.Equal((OidcByLogin.Signatory, "sign"), (actor, action));
        await Problems.AssertProblem(propose, HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        await Problems.AssertProblem(audit, HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
    }

    [Fact]
    public async Task WhatThePersonDoesInTheOidcSessionIsAuditedUnderHisLogin()
    {
        using var client = await OidcSessions.SignInViaOidcAsync(app, OidcByLogin.Subject(OidcByLogin.WithPassword), "ru");
        var token = await Sessions.FormTokenAsync(client, "/signin/password?lang=ru");

        using var changed = await client.PostAsync("/signin/password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["currentPassword"] = Sessions.Password,
            ["newPassword"] = "a long password after oidc",
            ["repeatPassword"] = "a long password after oidc",
            ["lang"] = "ru",
            ["__RequestVerificationToken"] = token,
        }), Cancellation);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("/", changed.RequestMessage?.RequestUri?.AbsolutePath);
        Assert.Equal((OidcByLogin.WithPassword, "change-password", $"person {OidcByLogin.WithPassword}"), await LastAuditEntryAsync());
    }

    private static async Task<HttpResponseMessage> CallWithoutCsrfAsync(HttpClient client, string uri, JsonNode body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = Requests.Json(body) };
        var token = client.DefaultRequestHeaders.GetValues("X-CSRF-Token").Single();
        client.DefaultRequestHeaders.Remove("X-CSRF-Token");
        try
        {
            return await client.SendAsync(request, Cancellation);
        }
        finally
        {
            client.DefaultRequestHeaders.Add("X-CSRF-Token", token);
        }
    }

    private async Task<(string Actor, string Action, string Subject)> LastAuditEntryAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={app.RegisterFile};Mode=ReadOnly");
        await connection.OpenAsync(Cancellation);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT actor, action, subject FROM audit_log ORDER BY seq DESC LIMIT 1";
        await using var reader = await command.ExecuteReaderAsync(Cancellation);
        Assert.True(await reader.ReadAsync(Cancellation));
        return (reader.GetString(0), reader.GetString(1), reader.GetString(2));
    }
}
