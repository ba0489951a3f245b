using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Supervision.Acts;
using Supervision.Api.Acts;
using Supervision.Api.Problems;
using Supervision.Generation;
using Supervision.Reading;

namespace Supervision.Api.Tests;

/// <summary>POST /api/acts/render: every example in every format this build renders, and the refusals.</summary>
public sealed class RenderTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, ActLanguage> Examples() => Requests.AllExamples();

    public static TheoryData<string> ContractFormats() => [.. OutputFormatCatalog.Contract];

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task EveryExampleRendersInEveryAvailableFormatWithItsFileName(string name, ActLanguage language)
    {
        var json = Requests.Example(name, language);
        var act = ActReader.Read(json.ToJsonString()).Act!;
        foreach (var formatName in OutputFormatCatalog.Probed.Available)
        {
            Assert.True(EnumNames.TryParse<OutputFormat>(formatName, out var format));
            using var response = await _client.PostAsync($"/api/acts/render?format={formatName}", Requests.Json(json), TestContext.Current.CancellationToken);

            var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, Encoding.UTF8.GetString(bytes));
            Assert.Equal(format.ContentType().Split(';')[0], response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal(ActGenerator.FileName(act, format), response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
            Assert.StartsWith($"{EnumNames.Of(act.Kind)}-", ActGenerator.FileName(act, format), StringComparison.Ordinal);
            Assert.True(bytes.Length > 500, $"{formatName}: {bytes.Length} bytes");
            AssertLooksLike(format, bytes, act);
        }
    }

    [Theory]
    [MemberData(nameof(ContractFormats))]
    public async Task EachFormatOfTheContractRendersOrIsAClear400(string formatName)
    {
        var json = ExampleWithTemplate();

        using var response = await _client.PostAsync($"/api/acts/render?format={formatName}", Requests.Json(json), TestContext.Current.CancellationToken);

        if (OutputFormatCatalog.Probed.Available.Contains(formatName))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            var problem = await Problems.AssertProblem(response, HttpStatusCode.BadRequest, ProblemTypes.FormatUnavailable);
            Assert.Contains(formatName, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(ActLanguage.Kk)]
    [InlineData(ActLanguage.Ru)]
    public async Task AConclusionRendersItsCourtCopy(ActLanguage language)
    {
        var json = Requests.Example(ActKind.Conclusion, language);
        var act = ActReader.Read(json.ToJsonString()).Act!;

        using var full = await _client.PostAsync("/api/acts/render?format=text", Requests.Json(json), TestContext.Current.CancellationToken);
        using var response = await _client.PostAsync("/api/acts/render?format=text&variant=court-copy", Requests.Json(json), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ActGenerator.FileName(act, OutputFormat.Text, "court-copy"), response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var copy = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(copy.Length < (await full.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Length, "the court copy is the shorter text");
    }

    [Fact]
    public async Task TheCourtCopyOfAnythingButAConclusionIs422()
    {
        using var response = await _client.PostAsync("/api/acts/render?format=text&variant=court-copy",
            Requests.Json(Requests.Example(ActKind.Order, ActLanguage.Ru)), TestContext.Current.CancellationToken);

        var problem = await Problems.AssertProblem(response, HttpStatusCode.UnprocessableEntity, ProblemTypes.VariantNotApplicable);
        Assert.Contains("conclusions only", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/acts/render", "format")]
    [InlineData("/api/acts/render?format=docs", "docs")]
    [InlineData("/api/acts/render?format=DOCX", "DOCX")]
    [InlineData("/api/acts/render?format=text&variant=short", "short")]
    public async Task AMissingOrUnknownQueryValueIs400NamingTheAcceptedOnes(string url, string named)
    {
        using var response = await _client.PostAsync(url, Requests.Json(Requests.Example(ActKind.Order, ActLanguage.Kk)), TestContext.Current.CancellationToken);

        var problem = await Problems.AssertProblem(response, HttpStatusCode.BadRequest, ProblemTypes.BadQuery);
        Assert.Contains(named, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("one of", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ActLanguage.Kk)]
    [InlineData(ActLanguage.Ru)]
    public async Task AnInvalidActIsNotRenderedAndEveryErrorIsListed(ActLanguage language)
    {
        var json = Requests.Example(ActKind.Instruction, language);
        json.Remove("number");
        json["executor"]!["phone"] = "call me";

        using var response = await _client.PostAsync("/api/acts/render?format=text", Requests.Json(json), TestContext.Current.CancellationToken);

        var problem = await Problems.AssertProblem(response, HttpStatusCode.UnprocessableEntity, ProblemTypes.ActInvalid);
        var errors = Problems.Errors(problem);
        Assert.Contains(errors, e => e.GetProperty("path").GetString() == "number" && e.GetProperty("code").GetString() == "required");
        Assert.Contains(errors, e => e.GetProperty("path").GetString() == "executor.phone" && e.GetProperty("code").GetString() == "invalid-phone");
    }

    private static JsonObject ExampleWithTemplate() => Requests.Example(ActKind.Order, ActLanguage.Kk);

    private static void AssertLooksLike(OutputFormat format, byte[] bytes, Act act)
    {
        switch (EnumNames.Of(format))
        {
            case "docx":
                Assert.Equal("PK"u8.ToArray(), bytes[..2]);
                break;
            case "pdf":
                Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
                break;
            case "text":
                Assert.Contains(act.Office!.Name!, Encoding.UTF8.GetString(bytes), StringComparison.OrdinalIgnoreCase);
                break;
            case "html":
                Assert.Contains("<html", Encoding.UTF8.GetString(bytes), StringComparison.OrdinalIgnoreCase);
                Assert.Contains(act.Office!.Name!, Encoding.UTF8.GetString(bytes), StringComparison.OrdinalIgnoreCase);
                break;
            default:
                Assert.Contains("# ", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
                break;
        }
    }
}
