using System.Net;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Problems;
using Supervision.Api.Setup;

namespace Supervision.Api.Tests.Register;

/// <summary>
/// Reads over many acts take turns (<c>Limits:RegisterReads</c> at once, <c>Limits:RegisterReadsQueued</c>
/// waiting): the lists, the control lists, the indicators and the control page are under the limit; a read the
/// queue has no room for is a 429 problem with Retry-After; a queued read is served when a turn frees. The turn
/// is held by a test controller, so nothing here races.
/// </summary>
[Collection(HeldReads.Name)]
public sealed class RegisterReadLimitTests : IDisposable
{
    private readonly ApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private HttpClient Client(int queued)
    {
        (HeldReadController.Entered, HeldReadController.Release) = (new(TaskCreationOptions.RunContinuationsAsynchronously), new(TaskCreationOptions.RunContinuationsAsynchronously));
        return _factory.WithWebHostBuilder(builder => builder
            .UseSetting("Limits:RegisterReads", "1")
            .UseSetting("Limits:RegisterReadsQueued", queued.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ConfigureServices(services => services.AddControllers().AddApplicationPart(typeof(HeldReadController).Assembly))).CreateClient();
    }

    [Fact]
    public void TheReadsOverManyActsAreUnderTheLimitAndNoOtherEndpointIs()
    {
        var endpoints = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints;

        var limited = endpoints
            .Where(endpoint => endpoint.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == RegisterReadLimit.Policy)
            .Select(endpoint => endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(["getRegisterIndicators", "listControlledActs", "listIssuedActs", "showControlPage"], limited);
    }

    [Fact]
    public async Task AReadTheQueueHasNoRoomForIsA429ProblemWithRetryAfter()
    {
        using var client = Client(queued: 0);
        var held = client.GetAsync("/api/test-held-read", TestContext.Current.CancellationToken);
        await HeldReadController.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        using var refused = await client.GetAsync("/api/test-held-read", TestContext.Current.CancellationToken);

        var problem = await Problems.AssertProblem(refused, HttpStatusCode.TooManyRequests, ProblemTypes.RegisterBusy);
        Assert.Equal("register-busy", problem.GetProperty("code").GetString());
        Assert.Equal("1", refused.Headers.RetryAfter?.ToString());
        HeldReadController.Release.SetResult();
        using var first = await held;
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
    }

    [Fact]
    public async Task AQueuedReadIsServedWhenTheTurnBeforeItEnds()
    {
        using var client = Client(queued: 1);
        var held = client.GetAsync("/api/test-held-read", TestContext.Current.CancellationToken);
        await HeldReadController.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        var queued = client.GetAsync("/api/test-held-read", TestContext.Current.CancellationToken);
        await Task.Delay(200, TestContext.Current.CancellationToken);
        Assert.False(queued.IsCompleted);

        HeldReadController.Release.SetResult();
        using var first = await held;
        using var second = await queued;
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }
}

/// <summary>The tests that hold a read share the test controller's gates, so they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HeldReads
{
    public const string Name = "held reads";
}
