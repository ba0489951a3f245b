using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Supervision.Acts;
using Supervision.Api.Problems;

namespace Supervision.Api.Tests;

/// <summary>POST /api/acts/validate: valid acts, every error at once with messages in the act's language, and unreadable acts.</summary>
public sealed class ValidateTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, ActLanguage> Examples() => Requests.AllExamples();

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task EveryShippedExampleIsValid(string name, ActLanguage language)
    {
        using var response = await _client.PostAsync("/api/acts/validate", Requests.Json(Requests.Example(name, language)), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(body.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task ErrorsComeInTheActsLanguage()
    {
        var kazakh = await RequiredNumberMessage(ActLanguage.Kk);
        var russian = await RequiredNumberMessage(ActLanguage.Ru);

        Assert.NotEqual(kazakh, russian);
        Assert.Contains("толтырылуы тиіс", kazakh, StringComparison.Ordinal);
        Assert.Matches("[А-Яа-я]", russian);
    }

    [Fact]
    public async Task AnActWithManyFaultsGetsEveryErrorInOneAnswer()
    {
        var json = Requests.Example(ActKind.Order, ActLanguage.Ru);
        json.Remove("number");
        json.Remove("place");
        json["signatory"]!["position"] = "senior-assistant";
        json["deadline"] = "2025-01-01";

        using var response = await _client.PostAsync("/api/acts/validate", Requests.Json(json), TestContext.Current.CancellationToken);

        var problem = await Problems.AssertProblem(response, HttpStatusCode.UnprocessableEntity, ProblemTypes.ActInvalid);
        var paths = Problems.Errors(problem).Select(e => e.GetProperty("path").GetString()).ToList();
        Assert.Contains("number", paths);
        Assert.Contains("place", paths);
        Assert.Contains("signatory.position", paths);
        Assert.True(paths.Count >= 4, string.Join(", ", paths));
        Assert.All(Problems.Errors(problem), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("code").GetString())));
    }

    [Fact]
    public async Task AWrongEnumValueIs400NamingPathLineAndColumn()
    {
        var text = Requests.Example(ActKind.Order, ActLanguage.Kk).ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
            .Replace("\"district\"", "\"distric\"", StringComparison.Ordinal);

        using var response = await _client.PostAsync("/api/acts/validate", Requests.Json(text), TestContext.Current.CancellationToken);

        var problem = await Problems.AssertProblem(response, HttpStatusCode.BadRequest, ProblemTypes.ActUnreadable);
        var error = Assert.Single(Problems.Errors(problem));
        Assert.Equal("office.level", error.GetProperty("path").GetString());
        Assert.Equal(8, error.GetProperty("line").GetInt32());
        Assert.True(error.GetProperty("column").GetInt32() > 0);
        Assert.Contains("'distric' is not one of: general, regional, district", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownPropertyIs400NamingIt()
    {
        var json = Requests.Example(ActKind.Protest, ActLanguage.Ru);
        json["signatory"]!["nickname"] = "x";

        using var response = await _client.PostAsync("/api/acts/validate", Requests.Json(json), TestContext.Current.CancellationToken);

        var problem = await Problems.AssertProblem(response, HttpStatusCode.BadRequest, ProblemTypes.ActUnreadable);
        var error = Assert.Single(Problems.Errors(problem));
        Assert.Contains("nickname", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("signatory", error.GetProperty("path").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedJsonIs400WithLineAndColumn()
    {
        using var response = await _client.PostAsync("/api/acts/validate", Requests.Json("{\n  \"kind\": \"order\",\n  \"language\": \"kk\",,\n}"), TestContext.Current.CancellationToken);

        var problem = await Problems.AssertProblem(response, HttpStatusCode.BadRequest, ProblemTypes.ActUnreadable);
        var error = Assert.Single(Problems.Errors(problem));
        Assert.Equal(3, error.GetProperty("line").GetInt32());
    }

    [Theory]
    [InlineData("{\"kind\":\"\\uDC00\",\"language\":\"kk\"}")]
    [InlineData("{\"kind\":\"order\",\"language\":\"\\uD800\"}")]
    [InlineData("{\"kind\":\"order\",\"language\":\"kk\",\"place\":\"\\uD800\"}")]
    public async Task AHalfCharacterIs400AsTheReaderWordsIt(string body)
    {
        using var response = await _client.PostAsync("/api/acts/validate", Requests.Json(body), TestContext.Current.CancellationToken);

        var problem = await Problems.AssertProblem(response, HttpStatusCode.BadRequest, ProblemTypes.ActUnreadable);
        var error = Assert.Single(Problems.Errors(problem));
        Assert.Contains("half of a character", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private async Task<string> RequiredNumberMessage(ActLanguage language)
    {
        var json = Requests.Example(ActKind.Submission, language);
        json["number"] = " ";
        using var response = await _client.PostAsync("/api/acts/validate", Requests.Json(json), TestContext.Current.CancellationToken);
        var problem = await Problems.AssertProblem(response, HttpStatusCode.UnprocessableEntity, ProblemTypes.ActInvalid);
        var error = Assert.Single(Problems.Errors(problem), e => e.GetProperty("path").GetString() == "number");
        Assert.Equal("required", error.GetProperty("code").GetString());
        return error.GetProperty("message").GetString()!;
    }
}
