using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Supervision.Acts;
using Supervision.Api.Problems;

namespace Supervision.Api.Tests;

/// <summary>The body limit, the request log (which never holds the act's personal data), and the last-resort 500.</summary>
public sealed class LimitsAndLogsTests : IDisposable
{
    private readonly ApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheBodyLimitIsConfigurableAndAnsweredWith413()
    {
        using var client = _factory.WithWebHostBuilder(builder => builder.UseSetting("Limits:MaxBodyBytes", "2000")).CreateClient();

        using var response = await client.PostAsync("/api/acts/validate", Requests.Json(Requests.Example(ActKind.Order, ActLanguage.Kk)), TestContext.Current.CancellationToken);

        var problem = await Problems.AssertProblem(response, HttpStatusCode.RequestEntityTooLarge, ProblemTypes.BodyTooLarge);
        Assert.Contains("2000", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyWithoutContentLengthIsCutAtTheLimitToo()
    {
        using var client = _factory.WithWebHostBuilder(builder => builder.UseSetting("Limits:MaxBodyBytes", "2000")).CreateClient();
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(new string(' ', 50_000) + "{}")));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/acts/validate") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        await Problems.AssertProblem(response, HttpStatusCode.RequestEntityTooLarge, ProblemTypes.BodyTooLarge);
    }

    [Fact]
    public async Task EachRequestIsLoggedWithKindLanguageAndFormatButNoneOfTheActsData()
    {
        using var client = _factory.CreateClient();
        var act = Requests.Example(ActKind.Instruction, ActLanguage.Kk);
        act["findings"] = "ЖЕКЕ-ДЕРЕК мәтіні";

        using var render = await client.PostAsync("/api/acts/render?format=text", Requests.Json(act), TestContext.Current.CancellationToken);
        act["number"] = null;
        using var invalid = await client.PostAsync("/api/acts/validate", Requests.Json(act), TestContext.Current.CancellationToken);

        var requests = _factory.Logs.Lines.Where(line => line.Category.EndsWith("RequestLogMiddleware", StringComparison.Ordinal)).ToList();
        var rendered = Assert.Single(requests, line => line.Values["Path"] == "/api/acts/render");
        Assert.Equal(("POST", "200", "instruction", "kk", "text"), (rendered.Values["Method"], rendered.Values["Status"], rendered.Values["Kind"], rendered.Values["Language"], rendered.Values["Format"]));
        Assert.True(double.Parse(rendered.Values["ElapsedMs"]!, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains(requests, line => line.Values["Path"] == "/api/acts/validate" && line.Values["Status"] == "422");
        var everything = string.Join("\n", _factory.Logs.Lines.Select(line => line.Message + string.Join(" ", line.Values.Values)));
        foreach (var secret in new[] { "ЖЕКЕ-ДЕРЕК", "2-11-25/4186", "Тұрсынбаев", "Сарыарқа" })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnUnexpectedFailureIsA500ProblemWithoutDetailsAndIsLoggedWithoutItsMessage()
    {
        using var client = _factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddControllers().AddApplicationPart(typeof(FailingController).Assembly))).CreateClient();

        using var response = await client.GetAsync("/api/test-failure", TestContext.Current.CancellationToken);

        var problem = await Problems.AssertProblem(response, HttpStatusCode.InternalServerError);
        Assert.DoesNotContain(FailingController.Secret, problem.GetRawText(), StringComparison.Ordinal);
        Assert.True(problem.TryGetProperty("traceId", out _));
        var logged = Assert.Single(_factory.Logs.Lines, line => line.Level == LogLevel.Error);
        Assert.Contains("InvalidOperationException", logged.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FailingController.Secret, string.Join("\n", _factory.Logs.Lines.Select(line => line.Message)), StringComparison.Ordinal);
    }
}
