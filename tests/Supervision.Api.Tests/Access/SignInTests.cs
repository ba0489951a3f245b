using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Supervision.Acts;
using Supervision.Api.Problems;
using Supervision.Register;

namespace Supervision.Api.Tests.Access;

/// <summary>Sign-in, the session, lockout, the forced password change and CSRF, through HTTP with real form posts.</summary>
public sealed class SignInTests : IDisposable
{
    private readonly ApiFactory _api = new();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task SigningInWithTheFormOpensASessionThatApiSessionDescribes()
    {
        using var client = await Sessions.SignInAsync(_api, "d.sapar", PersonRole.Drafter, PersonRole.Controller);

        var session = await client.GetFromJsonAsync<JsonElement>("/api/session", Cancellation);

        Assert.Equal("d.sapar", session.GetProperty("login").GetString());
        Assert.Equal("Тестов Тест", session.GetProperty("name").GetString());
        Assert.Equal("91-1", session.GetProperty("office").GetString());
        Assert.Equal("assistant", session.GetProperty("position").GetString());
        Assert.Equal(["drafter", "controller"], session.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
        Assert.False(string.IsNullOrEmpty(session.GetProperty("csrfToken").GetString()));
    }

    [Fact]
    public async Task TheSessionCookieIsHttpOnlyAndSameSiteStrict()
    {
        await Sessions.AddPersonAsync(_api, "cookie.check", [PersonRole.Drafter]);
        using var client = _api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await Sessions.PostSignInAsync(client, "cookie.check", "a long first password 1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), value => value.StartsWith("supervision.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ApiSessionWithoutSignInIs401()
    {
        using var client = _api.CreateClient();

        using var response = await client.GetAsync("/api/session", Cancellation);

        await Problems.AssertProblem(response, HttpStatusCode.Unauthorized, ProblemTypes.SignInRequired);
    }

    [Fact]
    public async Task AWrongPasswordIsRefusedAndFiveInARowLockTheLoginEvenAgainstTheRightPassword()
    {
        await Sessions.SignInAsync(_api, "locked.out", PersonRole.Drafter);
        using var client = _api.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var failed = await Sessions.PostSignInAsync(client, "locked.out", "not the password at all");
            statuses.Add(failed.StatusCode);
        }

        using var right = await Sessions.PostSignInAsync(client, "locked.out", Sessions.Password);
        var page = await right.Content.ReadAsStringAsync(Cancellation);
        using var session = await client.GetAsync("/api/session", Cancellation);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Contains("кіру уақытша бұғатталды", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, session.StatusCode);
    }

    [Fact]
    public async Task AnUnknownLoginGetsTheSameAnswerAsAWrongPassword()
    {
        using var client = _api.CreateClient();

        using var response = await Sessions.PostSignInAsync(client, "nobody.here", "whatever password", "ru");
        var page = await response.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Неверный логин или пароль.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongPasswordAndAnUnknownLoginAnswerWithTheSameHeaders()
    {
        // A wrong password counts a failure in the register and an unknown login writes nothing: a header that told
        // them apart (the register's Server-Timing) would tell a stranger which logins exist.
        await Sessions.AddPersonAsync(_api, "known.one", [PersonRole.Controller]);
        using var client = _api.CreateClient();

        using var wrong = await Sessions.PostSignInAsync(client, "known.one", "not the password at all", "ru");
        using var unknown = await Sessions.PostSignInAsync(client, "nobody.here", "not the password at all", "ru");

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.False(wrong.Headers.Contains("Server-Timing"), "a sign-in's answer says nothing of the register's work");
        Assert.Equal(HeaderNames(unknown), HeaderNames(wrong));
    }

    private static IEnumerable<string> HeaderNames(HttpResponseMessage response) =>
        response.Headers.Concat(response.Content.Headers).Select(header => header.Key).Order(StringComparer.OrdinalIgnoreCase);

    [Fact]
    public async Task AFirstPasswordMustBeChangedBeforeAnythingElse()
    {
        await Sessions.AddPersonAsync(_api, "first.time", [PersonRole.Controller]);
        using var client = _api.CreateClient();

        using var signedIn = await Sessions.PostSignInAsync(client, "first.time", "a long first password 1");
        using var before = await client.GetAsync("/api/acts/issued", Cancellation);
        var token = await Sessions.FormTokenAsync(client, "/signin/password");
        using var mismatch = await client.PostAsync("/signin/password", Form(token, "a long first password 1", "the new long password", "another long password"), Cancellation);
        using var changed = await client.PostAsync("/signin/password", Form(token, "a long first password 1", "the new long password", "the new long password"), Cancellation);
        using var after = await client.GetAsync("/api/acts/issued", Cancellation);

        Assert.Equal("/signin/password", signedIn.RequestMessage?.RequestUri?.AbsolutePath);
        await Problems.AssertProblem(before, HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        Assert.Contains("Жаңа құпиясөз екі жолда бірдей емес.", await mismatch.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal("/", changed.RequestMessage?.RequestUri?.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task AStateChangingCallOfASessionWithoutTheCsrfTokenIs400AndChangesNothing()
    {
        using var client = await Sessions.SignInAsync(_api, "csrf.check");
        var token = client.DefaultRequestHeaders.GetValues("X-CSRF-Token").Single();
        client.DefaultRequestHeaders.Remove("X-CSRF-Token");

        using var without = await client.PostAsync("/api/templates/publish", Requests.Json(System.Text.Json.Nodes.JsonNode.Parse("""{"path":"templates-kk/order.sbn","text":"x","publishedBy":"x"}""")!), Cancellation);
        using var validateWithout = await client.PostAsync("/api/acts/validate", Requests.Json(Requests.Example(ActKind.Order, ActLanguage.Kk)), Cancellation);
        client.DefaultRequestHeaders.Add("X-CSRF-Token", token);
        using var validateWith = await client.PostAsync("/api/acts/validate", Requests.Json(Requests.Example(ActKind.Order, ActLanguage.Kk)), Cancellation);
        var versions = await client.GetFromJsonAsync<JsonElement>("/api/templates/versions?path=templates-kk/order.sbn", Cancellation);

        await Problems.AssertProblem(without, HttpStatusCode.BadRequest, ProblemTypes.CsrfToken);
        await Problems.AssertProblem(validateWithout, HttpStatusCode.BadRequest, ProblemTypes.CsrfToken);
        Assert.Equal(HttpStatusCode.OK, validateWith.StatusCode);
        Assert.Equal(1, Assert.Single(versions.EnumerateArray()).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task SigningOutEndsTheSession()
    {
        using var client = await Sessions.SignInAsync(_api, "sign.out");

        using var signedOut = await client.PostAsync("/signout", new FormUrlEncodedContent([]), Cancellation);
        using var session = await client.GetAsync("/api/session", Cancellation);

        Assert.Equal("/signin", signedOut.RequestMessage?.RequestUri?.AbsolutePath);
        Assert.Equal(HttpStatusCode.Unauthorized, session.StatusCode);
    }

    private static FormUrlEncodedContent Form(string token, string current, string next, string repeat) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = token,
        ["currentPassword"] = current,
        ["newPassword"] = next,
        ["repeatPassword"] = repeat,
    });
}
