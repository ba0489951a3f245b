using System.Net;
using Microsoft.AspNetCore.Builder;
using Supervision.Acts;
using Supervision.Api.Problems;
using Supervision.Api.Setup;

namespace Supervision.Api.Tests.Operations;

/// <summary>
/// Issue 16, point 1: every way ASP.NET Core users give the service its address is honoured, 127.0.0.1:5080 only
/// when none is; the Host header must name a host served; a request forwarded by a proxy is never anonymous.
/// Each case starts the real service process.
/// </summary>
public sealed class ServiceAddressTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static TheoryData<string> Ways => ["ASPNETCORE_URLS", "Urls", "--urls", "ASPNETCORE_HTTP_PORTS"];

    [Theory]
    [MemberData(nameof(Ways))]
    public async Task TheServiceListensWhereItIsToldHoweverItIsTold(string way)
    {
        var port = ServiceLauncher.FreePort();
        var address = $"http://127.0.0.1:{port}";
        var environment = Fresh();
        var arguments = new List<string>();
        switch (way)
        {
            case "--urls":
                arguments.AddRange(["--urls", address]);
                break;
            case "ASPNETCORE_HTTP_PORTS":
                environment[way] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
            default:
                environment[way] = address;
                break;
        }

        var service = await ServiceLauncher.StartServiceAsync(new Uri(address), environment, arguments, Cancellation);
        HttpStatusCode status;
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(address) };
            using var live = await client.GetAsync("/health/live", Cancellation);
            status = live.StatusCode;
        }
        finally
        {
            await service.DisposeAsync();
        }

        var printed = await service.Output;
        Assert.Equal(HttpStatusCode.OK, status);

        // The banner names the address bound: the port everywhere for a port alone, the address itself otherwise.
        Assert.Contains(way == "ASPNETCORE_HTTP_PORTS" ? $":{port}" : address, printed, StringComparison.Ordinal);
        Assert.DoesNotContain($"{ServiceAddresses.Fallback}  (", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAnyAddressTheServiceFallsBackToLoopbackPort5080()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Configuration["urls"] = null;
        builder.AddServiceAddresses();

        Assert.Equal(ServiceAddresses.Fallback, builder.Configuration["urls"]);
        // Loopback's three names, and no other: not "*".
        Assert.Equal(["127.0.0.1", "[::1]", "localhost"], builder.Configuration["AllowedHosts"]!.Split(';').Order(StringComparer.Ordinal));
    }

    [Fact]
    public void APortGivenAloneIsNotOverriddenByTheFallback()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = ["--http_ports=8088"] });
        builder.AddServiceAddresses();

        Assert.True(string.IsNullOrEmpty(builder.Configuration["urls"]), builder.Configuration["urls"]);
        Assert.Equal(["http://*:8088"], ServiceAddresses.Configured(builder.Configuration));
        Assert.DoesNotContain("*", builder.Configuration["AllowedHosts"]!.Split(';'));
    }

    [Fact]
    public async Task AHostNotServedIsRefusedAndAForwardedRequestIsNeverAnonymous()
    {
        var port = ServiceLauncher.FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var environment = Fresh();
        environment["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/');
        environment["ForwardedHeaders__KnownProxies__0"] = "127.0.0.1";
        await using var service = await ServiceLauncher.StartServiceAsync(address, environment, [], Cancellation);
        using var client = new HttpClient { BaseAddress = address };

        using var foreignHost = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        foreignHost.Headers.Host = "attacker.example";
        using var refused = await client.SendAsync(foreignHost, Cancellation);
        using var local = await client.PostAsync("/api/acts/render?format=html", Requests.Json(Requests.Example(ActKind.Order, ActLanguage.Kk)), Cancellation);
        using var forwarded = new HttpRequestMessage(HttpMethod.Post, "/api/acts/render?format=html") { Content = Requests.Json(Requests.Example(ActKind.Order, ActLanguage.Kk)) };
        forwarded.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var throughProxy = await client.SendAsync(forwarded, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
        await Problems.AssertProblem(throughProxy, HttpStatusCode.Unauthorized, ProblemTypes.SignInRequired);
    }

    /// <summary>An environment with a data folder of the test's own.</summary>
    internal static Dictionary<string, string> Fresh() => new(StringComparer.Ordinal)
    {
        ["SUPERVISION_DATA"] = Directory.CreateTempSubdirectory("supervision-ops-").FullName,
    };
}
