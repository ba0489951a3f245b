using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Supervision.Acts;
using Supervision.Api.Problems;

namespace Supervision.Api.Tests;

/// <summary>
/// Templates that hold their worker past the time limit (catastrophic regex backtracking runs inside one
/// call the template's clock cannot interrupt) are abandoned after a grace second, and cannot take the
/// service: further previews get 429 while renders go on. Each test has its own service, since the
/// abandoned workers keep running in the background for a while.
/// </summary>
public sealed class PreviewWorkerTests : IDisposable
{
    private static readonly JsonObject RegexBomb = new()
    {
        ["kind"] = "instruction",
        ["language"] = "kk",
        ["template"] = "+++\nkind = \"instruction\"\nlanguage = \"kk\"\n+++\n{{ \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" | regex.match \"(a+)+$\" }}\n",
    };

    private readonly ApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ATemplateThatIgnoresTheClockIsAbandonedAfterTheGraceSecond()
    {
        using var client = _factory.CreateClient();
        var clock = Stopwatch.StartNew();

        using var response = await client.PostAsync("/api/templates/preview?format=markup", Requests.Json(RegexBomb.DeepClone()), TestContext.Current.CancellationToken);

        var problem = await Problems.AssertProblem(response, HttpStatusCode.UnprocessableEntity, ProblemTypes.TemplateInvalid);
        Assert.Contains("abandoned", Problems.Errors(problem)[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task WhenEveryWorkerIsHeldAPreviewIs429AndValidationGoesOn()
    {
        using var api = _factory.WithWebHostBuilder(builder => builder.UseSetting("Limits:PreviewWorkers", "1"));
        using var client = api.CreateClient();

        using var first = await client.PostAsync("/api/templates/preview?format=markup", Requests.Json(RegexBomb.DeepClone()), TestContext.Current.CancellationToken);
        using var second = await client.PostAsync("/api/templates/preview?format=markup", Requests.Json(RegexBomb.DeepClone()), TestContext.Current.CancellationToken);
        using var validation = await client.PostAsync("/api/acts/validate", Requests.Json(Requests.Example(ActKind.Order, ActLanguage.Kk)), TestContext.Current.CancellationToken);

        await Problems.AssertProblem(first, HttpStatusCode.UnprocessableEntity, ProblemTypes.TemplateInvalid);
        await Problems.AssertProblem(second, HttpStatusCode.TooManyRequests, ProblemTypes.PreviewBusy);
        Assert.Equal(HttpStatusCode.OK, validation.StatusCode);
    }
}
