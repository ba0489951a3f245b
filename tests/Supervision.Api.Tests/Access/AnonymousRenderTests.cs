using System.Net;
using Supervision.Acts;
using Supervision.Api.Access;
using Supervision.Api.Problems;

namespace Supervision.Api.Tests.Access;

/// <summary>Rendering without sign-in: open on loopback by default, closed by the setting or by a non-loopback address.</summary>
public sealed class AnonymousRenderTests : IDisposable
{
    private readonly ApiFactory _api = new();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task OnLoopbackAnonymousValidationIsAllowedAndTheSettingClosesIt()
    {
        using var open = _api.CreateClient();
        using var closedApi = _api.WithWebHostBuilder(builder => builder.UseSetting("Access:AnonymousRenderOnLoopback", "false"));
        using var closed = closedApi.CreateClient();

        using var allowed = await open.PostAsync("/api/acts/validate", Requests.Json(Requests.Example(ActKind.Order, ActLanguage.Kk)), Cancellation);
        using var refused = await closed.PostAsync("/api/acts/validate", Requests.Json(Requests.Example(ActKind.Order, ActLanguage.Kk)), Cancellation);

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        await Problems.AssertProblem(refused, HttpStatusCode.Unauthorized, ProblemTypes.SignInRequired);
    }

    [Theory]
    [InlineData(true, "http://127.0.0.1:5080")]
    [InlineData(true, "http://localhost:5080")]
    [InlineData(true, "http://[::1]:5080")]
    [InlineData(false, "http://0.0.0.0:5080")]
    [InlineData(false, "http://+:80")]
    [InlineData(false, "http://*:80")]
    [InlineData(false, "http://10.0.0.5:5080")]
    public void OnlyLoopbackAddressesCountAsLoopback(bool loopback, string address) =>
        Assert.Equal(loopback, AnonymousAccess.ListensOnLoopbackOnly([address]));
}
