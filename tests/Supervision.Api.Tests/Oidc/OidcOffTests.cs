using System.Net;

namespace Supervision.Api.Tests.Oidc;

/// <summary>Without <c>Authentication:Oidc:Authority</c> nothing of OIDC is there; with it but incomplete, the service does not start.</summary>
public sealed class OidcOffTests : IDisposable
{
    private readonly ApiFactory _api = new();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task WithoutTheSettingsTheSignInPageHasNoProviderLinkAndItsAddressesAre404()
    {
        using var client = _api.CreateClient();

        var page = await client.GetStringAsync("/signin?lang=ru", Cancellation);
        using var challenge = await client.GetAsync("/signin/oidc", Cancellation);
        using var done = await client.GetAsync("/signin/oidc/done", Cancellation);
        using var callback = await client.GetAsync("/signin/oidc/callback?code=x&state=y", Cancellation);

        Assert.Contains("<form method=\"post\" action=\"/signin\">", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/signin/oidc", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, challenge.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, done.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, callback.StatusCode);
    }

    [Fact]
    public void AnAuthorityWithoutAClientStopsTheStartNamingTheMissingSettings()
    {
        using var incomplete = _api.WithWebHostBuilder(builder => builder.UseSetting("Authentication:Oidc:Authority", "https://id.example.kz/"));

        var error = Assert.Throws<InvalidOperationException>(() => incomplete.CreateClient());

        Assert.Contains("Authentication:Oidc:ClientId is required when Authentication:Oidc:Authority is set", error.Message, StringComparison.Ordinal);
        Assert.Contains("Authentication:Oidc:ClientSecret is required", error.Message, StringComparison.Ordinal);
    }
}
