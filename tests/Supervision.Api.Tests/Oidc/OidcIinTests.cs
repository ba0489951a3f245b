using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Supervision.Api.Tests.Oidc;

/// <summary>Sign-in through a real OpenID Provider, the person named by the <c>iin</c> claim matched against the register's IINs.</summary>
public sealed class OidcIinTests(OidcByIin app) : IClassFixture<OidcByIin>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnOidcSignInByIinOpensTheSessionOfThePersonWithThatIinAndHisRolesOpenTheirDoors()
    {
        using var client = await OidcSessions.SignInViaOidcAsync(app, OidcByIin.AuditorSubject, "ru");

        var session = await client.GetFromJsonAsync<JsonElement>("/api/session", Cancellation);
        using var audit = await client.GetAsync("/api/audit/verify", Cancellation);

        Assert.Equal(OidcByIin.Auditor, session.GetProperty("login").GetString());
        Assert.Equal(["signatory", "auditor"], session.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
        Assert.Equal(HttpStatusCode.OK, audit.StatusCode);
    }

    [Fact]
    public async Task AnIinNoPersonHasIsRefusedEvenWhereTheUsernameIsARegisteredLogin()
    {
        using var browser = OidcSessions.Browser(app);

        using var refused = await OidcSessions.ThroughProviderAsync(browser, OidcByIin.Stranger, OidcApp.ProviderPassword, "kk");
        var page = await refused.Content.ReadAsStringAsync(Cancellation);
        using var session = await browser.GetAsync("/api/session", Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains($"Сәйкестендіру жүйесі «{OidcByIin.StrangerIin}» пайдаланушысын растады, бірақ ол бұл жүйеде тіркелмеген.", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, session.StatusCode);
    }
}
