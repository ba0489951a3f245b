using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Supervision.Acts;
using Supervision.Api.Acts;
using Supervision.Api.Problems;
using Supervision.Templating;

namespace Supervision.Api.Tests;

/// <summary>POST /api/templates/preview: an edited template renders, or its problems come back with file, line and column; runaway templates are stopped.</summary>
public sealed class PreviewTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Front = "+++\nkind = \"instruction\"\nlanguage = \"kk\"\n+++\n";

    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Formats() => [.. OutputFormatCatalog.Probed.Available];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task AnEditedTemplateRendersTheExampleInEachAvailableFormat(string format)
    {
        var text = InstructionTemplate().Replace("# ЖАЗБАША НҰСҚАУ", "# ЖАЗБАША НҰСҚАУ ӨҢДЕЛГЕН", StringComparison.Ordinal);

        using var response = await Preview(Body(text), format);

        var content = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, content);
        Assert.Null(response.Content.Headers.ContentDisposition);
        if (format is "markup" or "text" or "html")
        {
            Assert.Contains("ӨҢДЕЛГЕН", content, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ThePreviewRendersTheGivenModel()
    {
        var model = Requests.Example(ActKind.Instruction, ActLanguage.Kk);
        model["findings"] = "Тексеру кезінде ерекше белгі табылды";

        using var response = await Preview(Body(InstructionTemplate(), model: model), "markup");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ерекше белгі табылды", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEditedPartialIsUsed()
    {
        using var response = await Preview(Body("Орынд.: ӨҢДЕЛГЕН ОРЫНДАУШЫ\n", file: "templates-kk/_executor.sbn"), "markup");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ӨҢДЕЛГЕН ОРЫНДАУШЫ", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewTemplateForAnActCanBePreviewed()
    {
        var body = Body("+++\nkind = \"order\"\nlanguage = \"ru\"\n+++\n# ПРЕДПИСАНИЕ\n\n{{ act.findings }}\n", kind: "order", language: "ru");

        using var response = await Preview(body, "markup");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("# ПРЕДПИСАНИЕ", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATemplateThatDoesNotParseIs422WithFileLineAndColumn()
    {
        using var response = await Preview(Body(Front + "# ЖАЗБАША НҰСҚАУ\n\n{{ if act.deadline }}\nмерзім\n"), "markup");

        var problem = await Problems.AssertProblem(response, HttpStatusCode.UnprocessableEntity, ProblemTypes.TemplateInvalid);
        var error = Assert.Single(Problems.Errors(problem));
        Assert.Equal("templates-kk/instruction.sbn", error.GetProperty("file").GetString());
        Assert.True(error.GetProperty("line").GetInt32() >= 7);
        Assert.True(error.GetProperty("column").GetInt32() >= 1);
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task AMisspeltFieldIs422WithItsLineAndColumn()
    {
        using var response = await Preview(Body(Front + "Мерзім: {{ date_until act.deadlin }}\n"), "markup");

        var problem = await Problems.AssertProblem(response, HttpStatusCode.UnprocessableEntity, ProblemTypes.TemplateInvalid);
        var error = Assert.Single(Problems.Errors(problem));
        Assert.Equal((5, 27), (error.GetProperty("line").GetInt32(), error.GetProperty("column").GetInt32()));
        Assert.Contains("deadlin", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ while true }}x{{ end }}")]
    [InlineData("{{ for i in 1..1000000000 }}{{ end }}")]
    [InlineData("{{ for a in 1..900 }}{{ for b in 1..900 }}{{ act.findings }}{{ end }}{{ end }}")]
    [InlineData("{{ func f; f; end; f }}")]
    [InlineData("{{ func f(n); if n > 0; f(n-1); f(n-1); end; end; f(30) }}")]
    public async Task ARunawayTemplateIsStoppedQuicklyAndTheServerAnswersTheNextRequest(string body)
    {
        // The live templates come from the register, opened on the first request: open it before timing.
        await LiveTemplatesReadyAsync(_client);
        var clock = Stopwatch.StartNew();

        using var response = await Preview(Body(Front + body + "\n"), "markup");

        var problem = await Problems.AssertProblem(response, HttpStatusCode.UnprocessableEntity, ProblemTypes.TemplateInvalid);
        Assert.Equal("templates-kk/instruction.sbn", Problems.Errors(problem)[0].GetProperty("file").GetString());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        using var next = await _client.PostAsync("/api/acts/validate", Requests.Json(Requests.Example(ActKind.Order, ActLanguage.Ru)), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task ASlowTemplateIsStoppedByTheTimeLimit()
    {
        // Recursion 30 deep in width: no loop, within the recursion limit, and 2^30 calls.
        using var response = await Preview(Body(Front + "{{ func f(n); if n > 0; f(n-1); f(n-1); end; end; f(30) }}\n"), "markup");

        var problem = await Problems.AssertProblem(response, HttpStatusCode.UnprocessableEntity, ProblemTypes.TemplateInvalid);
        Assert.Contains("longer than 1 s", Problems.Errors(problem)[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHugeOutputIsStoppedByTheOutputLimit()
    {
        using var response = await Preview(Body(Front + "{{ for a in 1..900 }}{{ \"x\" | string.pad_left 1000 }}{{ end }}\n"), "markup");

        var problem = await Problems.AssertProblem(response, HttpStatusCode.UnprocessableEntity, ProblemTypes.TemplateInvalid);
        Assert.Contains("printed more than", Problems.Errors(problem)[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ \"x\" | string.pad_left 100000000 }}")]
    [InlineData("{{ \"x\" | string.pad_left 2000000000 }}")]
    [InlineData("{{ 1..100000000 | array.join \",\" }}")]
    [InlineData("{{ include \"../../etc/passwd\" }}")]
    [InlineData("{{ 1 / 0 }}")]
    public async Task AHostileTemplateIsATemplateProblemNotAFailure(string body)
    {
        using var response = await Preview(Body(Front + body + "\n"), "markup");

        Assert.True((int)response.StatusCode is 200 or 422, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        using var next = await _client.GetAsync("/api/acts", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task AnInvalidModelIs422WithItsValidationErrors()
    {
        var model = Requests.Example(ActKind.Instruction, ActLanguage.Kk);
        model.Remove("number");

        using var response = await Preview(Body(InstructionTemplate(), model: model), "markup");

        var problem = await Problems.AssertProblem(response, HttpStatusCode.UnprocessableEntity, ProblemTypes.ActInvalid);
        Assert.Contains(Problems.Errors(problem), e => e.GetProperty("path").GetString() == "number");
    }

    [Fact]
    public async Task AModelThatIsNotAnActIs400WithItsPathUnderModel()
    {
        var model = Requests.Example(ActKind.Instruction, ActLanguage.Kk);
        model["office"]!["level"] = "county";

        using var response = await Preview(Body(InstructionTemplate(), model: model), "markup");

        var problem = await Problems.AssertProblem(response, HttpStatusCode.BadRequest, ProblemTypes.ActUnreadable);
        Assert.Equal("model.office.level", Problems.Errors(problem)[0].GetProperty("path").GetString());
    }

    [Fact]
    public async Task AModelOfAnotherKindIs400()
    {
        using var response = await Preview(Body(InstructionTemplate(), model: Requests.Example(ActKind.Order, ActLanguage.Kk)), "markup");

        await Problems.AssertProblem(response, HttpStatusCode.BadRequest, ProblemTypes.PreviewUnreadable);
    }

    [Fact]
    public async Task AModelWithAHalfCharacterIs400AsTheReaderWordsItUnderModel()
    {
        const string body = "{\"kind\":\"instruction\",\"language\":\"kk\",\"template\":\"x\",\"model\":{\"kind\":\"\\uD800\"}}";

        using var response = await _client.PostAsync("/api/templates/preview?format=markup", Requests.Json(body), TestContext.Current.CancellationToken);

        var problem = await Problems.AssertProblem(response, HttpStatusCode.BadRequest, ProblemTypes.ActUnreadable);
        var error = Assert.Single(Problems.Errors(problem));
        Assert.Equal("model", error.GetProperty("path").GetString());
        Assert.Contains("half of a character", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../secrets.sbn")]
    [InlineData("templates-ru/_executor.sbn")]
    [InlineData("templates-kk/../../etc/passwd")]
    [InlineData("templates-kk/executor.txt")]
    public async Task AFileOutsideTheActsLanguageFolderIs422(string file)
    {
        using var response = await Preview(Body("x", file: file), "markup");

        var problem = await Problems.AssertProblem(response, HttpStatusCode.UnprocessableEntity, ProblemTypes.TemplateInvalid);
        Assert.Equal(file, Problems.Errors(problem)[0].GetProperty("file").GetString());
    }

    [Theory]
    [InlineData("{\"kind\":\"instruction\",\"language\":\"kk\"}")]
    [InlineData("{\"kind\":\"instruction\",\"language\":\"kk\",\"template\":\"x\",\"extra\":1}")]
    [InlineData("{\"kind\":\"instructions\",\"language\":\"kk\",\"template\":\"x\"}")]
    [InlineData("{\"kind\":\"instruction\",\"language\":\"en\",\"template\":\"x\"}")]
    [InlineData("{\"kind\":\"instruction\",\"language\":\"kk\",\"template\":42}")]
    [InlineData("{\"kind\":\"instruction\",\"language\":\"kk\",\"template\":\"x\",\"model\":[]}")]
    [InlineData("{\"kind\":\"instruction\",\"language\":\"kk\",\"template\":\"x\",\"file\":7}")]
    [InlineData("[\"kind\",\"instruction\"]")]
    [InlineData("{\"kind\":\"instruction\",")]
    public async Task AMalformedPreviewRequestIs400(string body)
    {
        using var response = await _client.PostAsync("/api/templates/preview?format=markup", Requests.Json(body), TestContext.Current.CancellationToken);

        await Problems.AssertProblem(response, HttpStatusCode.BadRequest);
    }

    private static string InstructionTemplate() =>
        TemplateSet.Embedded.Files.Single(file => file.Path == "templates-kk/instruction.sbn").Text;

    private static JsonObject Body(string template, string kind = "instruction", string language = "kk", JsonObject? model = null, string? file = null)
    {
        var body = new JsonObject { ["kind"] = kind, ["language"] = language, ["template"] = template };
        if (model is not null)
        {
            body["model"] = model;
        }

        if (file is not null)
        {
            body["file"] = file;
        }

        return body;
    }

    private Task<HttpResponseMessage> Preview(JsonObject body, string format) =>
        _client.PostAsync($"/api/templates/preview?format={format}", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

    /// <summary>Waits until the service has its register open and its live templates read.</summary>
    internal static async Task LiveTemplatesReadyAsync(HttpClient client)
    {
        // A render waits for the live templates as the template endpoint did, and needs no sign-in on loopback.
        using var ready = await client.PostAsync("/api/acts/render?format=html", Requests.Json(Requests.Example(Supervision.Acts.ActKind.Instruction, Supervision.Acts.ActLanguage.Kk)), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }
}
