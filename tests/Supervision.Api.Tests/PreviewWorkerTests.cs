using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Supervision.Acts;
using Supervision.Api.Problems;

namespace Supervision.Api.Tests;

/// <summary>
/// A template that would run without end (here catastrophic regex backtracking, which runs inside one call)
/// is stopped at the render time limit, which Scriban's regex functions share; while it holds its worker,
/// further previews get 429 and renders go on. Each test has its own service.
/// </summary>
public sealed class PreviewWorkerTests : IDisposable
{
    private static readonly JsonObject RegexBomb = new()
    {
        ["kind"] = "instruction",
        ["language"] = "kk",
        ["template"] = "+++\nkind = \"instruction\"\nlanguage = \"kk\"\n+++\n{{ \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" | regex.match \"(a+)+$\" }}\n",
    };

    /// <summary>Forty loops each replacing every character of a 150 000-character text a thousand times: within every
    /// loop and output limit, and seconds of work.</summary>
    private static readonly JsonObject SlowLoops = new()
    {
        ["kind"] = "instruction",
        ["language"] = "kk",
        ["template"] = "+++\nkind = \"instruction\"\nlanguage = \"kk\"\n+++\n{{ text = \"x\" | string.pad_left 150000 }}\n"
            + string.Concat(Enumerable.Repeat("{{ for i in 1..1000 }}{{ copy = text | string.replace \" \" \"y\" }}{{ end }}\n", 40)),
    };

    private readonly ApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ABacktrackingRegexIsStoppedAtTheTimeLimitWithItsPlace()
    {
        using var client = _factory.CreateClient();
        await PreviewTests.LiveTemplatesReadyAsync(client);
        var clock = Stopwatch.StartNew();

        using var response = await client.PostAsync("/api/templates/preview?format=markup", Requests.Json(RegexBomb.DeepClone()), TestContext.Current.CancellationToken);

        var problem = await Problems.AssertProblem(response, HttpStatusCode.UnprocessableEntity, ProblemTypes.TemplateInvalid);
        var error = Problems.Errors(problem)[0];
        Assert.Contains("longer than 1 s", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(5, error.GetProperty("line").GetInt32());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task SlowLoopsAreStoppedAtTheTimeLimitAndTheOnlyWorkerServesTheNextPreview()
    {
        using var api = _factory.WithWebHostBuilder(builder => builder.UseSetting("Limits:PreviewWorkers", "1"));
        using var client = api.CreateClient();
        await PreviewTests.LiveTemplatesReadyAsync(client);

        using var stopped = await client.PostAsync("/api/templates/preview?format=markup", Requests.Json(SlowLoops.DeepClone()), TestContext.Current.CancellationToken);
        var plain = new JsonObject { ["kind"] = "instruction", ["language"] = "kk", ["template"] = "+++\nkind = \"instruction\"\nlanguage = \"kk\"\n+++\nМәтін.\n" };
        using var next = await client.PostAsync("/api/templates/preview?format=markup", Requests.Json(plain), TestContext.Current.CancellationToken);

        var error = Problems.Errors(await Problems.AssertProblem(stopped, HttpStatusCode.UnprocessableEntity, ProblemTypes.TemplateInvalid))[0];
        Assert.Contains("longer than 1 s", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        // Had the loops gone on after the answer, they would hold the only worker and this would be a 429.
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal("Мәтін.", (await next.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Trim());
    }

    [Fact]
    public async Task WhenEveryWorkerIsHeldAPreviewIs429AndValidationGoesOn()
    {
        using var api = _factory.WithWebHostBuilder(builder => builder.UseSetting("Limits:PreviewWorkers", "1"));
        using var client = api.CreateClient();
        await PreviewTests.LiveTemplatesReadyAsync(client);

        // Each preview holds the only worker for the whole time limit (one second); sent together, those
        // that find it taken are turned away at once instead of queueing.
        var previews = Enumerable.Range(0, 4)
            .Select(_ => client.PostAsync("/api/templates/preview?format=markup", Requests.Json(RegexBomb.DeepClone()), TestContext.Current.CancellationToken))
            .ToList();
        await Task.Delay(TimeSpan.FromMilliseconds(250), TestContext.Current.CancellationToken);
        using var validation = await client.PostAsync("/api/acts/validate", Requests.Json(Requests.Example(ActKind.Order, ActLanguage.Kk)), TestContext.Current.CancellationToken);
        var answers = await Task.WhenAll(previews);

        Assert.Equal(HttpStatusCode.OK, validation.StatusCode);
        Assert.Contains(answers, answer => answer.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.Contains(answers, answer => answer.StatusCode == HttpStatusCode.UnprocessableEntity);
        foreach (var answer in answers)
        {
            var type = answer.StatusCode == HttpStatusCode.TooManyRequests ? ProblemTypes.PreviewBusy : ProblemTypes.TemplateInvalid;
            await Problems.AssertProblem(answer, answer.StatusCode, type);
            answer.Dispose();
        }
    }
}
