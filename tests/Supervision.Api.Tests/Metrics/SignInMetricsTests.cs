using System.Net;
using Supervision.Api.Tests.Oidc;
using Supervision.Api.Tests.Register;
using Supervision.Register;

namespace Supervision.Api.Tests.Metrics;

/// <summary>
/// <c>supervision_signin_attempts_total</c> counts every sign-in once, by method and outcome: a password accepted
/// (<c>signed-in</c>), refused (a wrong password, an unknown login), or a login locked by its fifth failure and
/// while it stays locked (<c>locked-out</c>); a person the office's identity provider vouches for (<c>oidc</c>,
/// <c>signed-in</c>) and one it names but the register does not know (<c>oidc</c>, <c>refused</c>).
/// </summary>
[Collection(nameof(ExactMetrics))]
public sealed class SignInMetricsTests(OidcByLogin oidc) : RegisterApiTestBase, IClassFixture<OidcByLogin>
{
    private const string SignIns = "supervision_signin_attempts_total";
    private const string FirstPassword = "a long first password 1";

    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;

    [Fact]
    public async Task PasswordSignInsCountOnceEachAsSignedInRefusedOrLockedOut()
    {
        await using var api = await CreateAsync();
        await Sessions.AddPersonAsync(api, "metrics.good", [PersonRole.Drafter]);
        await Sessions.AddPersonAsync(api, "metrics.locked", [PersonRole.Drafter]);
        using var anonymous = api.CreateClient();
        var before = await ExactMetrics.ScrapeAsync(anonymous);

        using (var good = api.CreateClient())
        using (var signedIn = await Sessions.PostSignInAsync(good, "metrics.good", FirstPassword))
        {
            Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        }

        using (var unknown = await Sessions.PostSignInAsync(api.CreateClient(), "metrics.nobody", FirstPassword))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        }

        // Four wrong passwords are refused; the fifth locks the login, and the right one is then refused as locked.
        var guesser = api.CreateClient();
        for (var i = 1; i <= SignInPolicy.MaxFailures; i++)
        {
            using var wrong = await Sessions.PostSignInAsync(guesser, "metrics.locked", $"not the password {i}");
            Assert.Equal(i < SignInPolicy.MaxFailures ? HttpStatusCode.Unauthorized : HttpStatusCode.TooManyRequests, wrong.StatusCode);
        }

        using (var locked = await Sessions.PostSignInAsync(guesser, "metrics.locked", FirstPassword))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        }

        var after = await ExactMetrics.ScrapeAsync(anonymous, before);

        Assert.Equal(1, after.Since(before, SignIns, ("method", "password"), ("outcome", "signed-in")));
        Assert.Equal(SignInPolicy.MaxFailures, after.Since(before, SignIns, ("method", "password"), ("outcome", "refused")));
        Assert.Equal(2, after.Since(before, SignIns, ("method", "password"), ("outcome", "locked-out")));
        Assert.Equal(0, after.Since(before, SignIns, ("method", "oidc")));
        Assert.DoesNotContain(after.Samples, s => s.Name == SignIns && s.Labels.Values.Any(value => value.StartsWith("metrics.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task OidcSignInsCountOnceEachAsSignedInOrRefused()
    {
        using var scraper = new HttpClient { BaseAddress = oidc.Address };
        var before = await ExactMetrics.ScrapeAsync(scraper);

        using (await OidcSessions.SignInViaOidcAsync(oidc, OidcByLogin.Subject(OidcByLogin.Signatory)))
        {
        }

        using (var browser = OidcSessions.Browser(oidc))
        using (var refused = await OidcSessions.ThroughProviderAsync(browser, OidcByLogin.Stranger, OidcApp.ProviderPassword))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        var after = await ExactMetrics.ScrapeAsync(scraper, before);

        Assert.Equal(1, after.Since(before, SignIns, ("method", "oidc"), ("outcome", "signed-in")));
        Assert.Equal(1, after.Since(before, SignIns, ("method", "oidc"), ("outcome", "refused")));
        Assert.Equal(0, after.Since(before, SignIns, ("method", "password")));
    }
}
