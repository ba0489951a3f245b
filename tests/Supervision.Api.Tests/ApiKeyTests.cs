using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Supervision.Acts;
using Supervision.Api.Problems;

namespace Supervision.Api.Tests;

/// <summary>API keys: none configured, none needed; any configured, every /api request needs one.</summary>
public sealed class ApiKeyTests : IDisposable
{
    private readonly ApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task WithoutConfiguredKeysNoKeyIsNeeded()
    {
        using var client = _factory.CreateClient();

        using var response = await client.PostAsync("/api/acts/validate", Requests.Json(Requests.Example(ActKind.Order, ActLanguage.Kk)), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("K-SECOND")]
    [InlineData("K-FIRST")]
    [InlineData("k-firs")]
    [InlineData("k-first, k-second")]
    public async Task WithConfiguredKeysARequestWithoutARightKeyIs401(string? key)
    {
        using var client = WithKeys().CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/acts/validate") { Content = Requests.Json(Requests.Example(ActKind.Order, ActLanguage.Kk)) };
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Api-Key", key);
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        await Problems.AssertProblem(response, HttpStatusCode.Unauthorized, ProblemTypes.ApiKeyRequired);
        Assert.Contains("X-Api-Key", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("k-first")]
    [InlineData("k-second")]
    public async Task WithConfiguredKeysEachKeyIsAccepted(string key)
    {
        using var client = WithKeys().CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);

        using var validate = await client.PostAsync("/api/acts/validate", Requests.Json(Requests.Example(ActKind.Order, ActLanguage.Kk)), TestContext.Current.CancellationToken);
        using var kinds = await client.GetAsync("/api/acts", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, validate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, kinds.StatusCode);
    }

    [Theory]
    [InlineData("/api/acts")]
    [InlineData("/api/acts/order/schema")]
    [InlineData("/api/acts/order/example?language=kk")]
    [InlineData("/api/no-such-thing")]
    [InlineData("/API/acts")]
    public async Task WithConfiguredKeysEveryApiPathNeedsOne(string url)
    {
        using var client = WithKeys().CreateClient();

        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        await Problems.AssertProblem(response, HttpStatusCode.Unauthorized, ProblemTypes.ApiKeyRequired);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/openapi/v1.json")]
    public async Task HealthAndTheOpenApiDocumentNeedNoKey(string url)
    {
        using var client = WithKeys().CreateClient();

        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ASingleKeyMayBeGivenWithoutAList()
    {
        using var client = _factory.WithWebHostBuilder(builder => builder.UseSetting("ApiKeys", "only-key")).CreateClient();
        using var without = await client.GetAsync("/api/acts", TestContext.Current.CancellationToken);
        client.DefaultRequestHeaders.Add("X-Api-Key", "only-key");
        using var with = await client.GetAsync("/api/acts", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
    }

    private WebApplicationFactory<Program> WithKeys() =>
        _factory.WithWebHostBuilder(builder => builder.UseSetting("ApiKeys:0", "k-first").UseSetting("ApiKeys:1", "k-second"));
}
