using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Supervision.Acts;
using Supervision.Api.Problems;
using Supervision.Examples;

namespace Supervision.Api.Tests;

/// <summary>GET /api/acts, /api/acts/{kind}/schema and /api/acts/{kind}/example.</summary>
public sealed class CatalogTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<ActKind, ActLanguage> Kinds() => Requests.AllKinds();

    public static TheoryData<string> KindNames() => [.. EnumNames.All<ActKind>()];

    [Fact]
    public async Task TheKindsAreListedWithTitlesInKazakhAndRussian()
    {
        var kinds = await _client.GetFromJsonAsync<JsonElement[]>("/api/acts", TestContext.Current.CancellationToken);

        Assert.Equal(EnumNames.All<ActKind>(), kinds!.Select(k => k.GetProperty("kind").GetString()));
        var order = kinds!.Single(k => k.GetProperty("kind").GetString() == "order").GetProperty("titles");
        Assert.Equal("заң бұзушылықты жою туралы ұйғарым", order.GetProperty("kk").GetString());
        Assert.Equal("предписание об устранении нарушения закона", order.GetProperty("ru").GetString());
    }

    [Fact]
    public async Task TheNineteenKindsOfIssue15AreListedEachWithItsOwnKazakhAndRussianTitle()
    {
        // The eight kinds there were, then the eleven issue 15 adds, as its text names them.
        string[] expected =
        [
            "instruction", "order", "submission", "protest", "conclusion", "review-conclusion", "withdrawal-resolution", "higher-protest-proposal",
            "appeal-protest", "private-ruling-petition", "violation-report", "applicant-reply", "file-request", "file-return-letter",
            "withdrawal-notice", "handover-letter", "check-report", "quarterly-analysis", "annual-summary",
        ];

        var kinds = await _client.GetFromJsonAsync<JsonElement[]>("/api/acts", TestContext.Current.CancellationToken);

        Assert.Equal(expected.Order(StringComparer.Ordinal), kinds!.Select(k => k.GetProperty("kind").GetString()!).Order(StringComparer.Ordinal));
        var kazakh = kinds!.Select(k => k.GetProperty("titles").GetProperty("kk").GetString()).ToList();
        var russian = kinds!.Select(k => k.GetProperty("titles").GetProperty("ru").GetString()).ToList();
        Assert.All(kazakh.Concat(russian), title => Assert.False(string.IsNullOrWhiteSpace(title)));
        Assert.Equal(19, kazakh.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(19, russian.Distinct(StringComparer.Ordinal).Count());
        // The Kazakh title is Kazakh and the Russian Russian, not one copied into the other.
        Assert.All(kazakh.Zip(russian), pair => Assert.NotEqual(pair.First, pair.Second));
    }

    [Theory]
    [InlineData("appeal-protest", "апелляциялық наразылық (өтінішхат)", "апелляционный протест (ходатайство)")]
    [InlineData("private-ruling-petition", "жеке ұйғарым шығару туралы өтінішхат", "ходатайство о вынесении частного определения")]
    [InlineData("violation-report", "азаматтық істі қарау кезінде анықталған заң бұзушылықтар туралы ақпарат", "информация о нарушениях закона, выявленных при рассмотрении гражданского дела")]
    public async Task TheActsOfParagraphs6And7AreListedWithTheirTitles(string kind, string kazakh, string russian)
    {
        var kinds = await _client.GetFromJsonAsync<JsonElement[]>("/api/acts", TestContext.Current.CancellationToken);

        var titles = kinds!.Single(k => k.GetProperty("kind").GetString() == kind).GetProperty("titles");
        Assert.Equal(kazakh, titles.GetProperty("kk").GetString());
        Assert.Equal(russian, titles.GetProperty("ru").GetString());
    }

    [Theory]
    [MemberData(nameof(KindNames))]
    public async Task EachKindHasASchemaThatSaysWhatTheReaderEnforces(string kind)
    {
        using var response = await _client.GetAsync($"/api/acts/{kind}/schema", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/schema+json", response.Content.Headers.ContentType?.MediaType);
        var schema = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal("object", schema.GetProperty("type").GetString());
        Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
        var properties = schema.GetProperty("properties");
        Assert.Equal(kind, properties.GetProperty("kind").GetProperty("const").GetString());
        Assert.Equal(["kk", "ru"], properties.GetProperty("language").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        var required = schema.GetProperty("required").EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.Contains("kind", required);
        Assert.Contains("number", required);
        Assert.Contains("signatory", required);
        var office = properties.GetProperty("office");
        Assert.Contains("district", office.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("\"additionalProperties\": false", office.GetRawText(), StringComparison.Ordinal);

        // Every field of the kind's shipped example is in the schema.
        var example = JsonDocument.Parse(ActExamples.Json(Enum.GetValues<ActKind>().Single(k => EnumNames.Of(k) == kind), ActLanguage.Kk)).RootElement;
        Assert.All(example.EnumerateObject(), field => Assert.True(properties.TryGetProperty(field.Name, out _), field.Name));

        // No field is left unconstrained ("true"): a converter of the reader hides its type from the exporter
        // (enums, exact sums and counts), so the schema must write it out, or forms cannot tell a sum from text.
        Assert.Empty(Unconstrained(schema, "$"));
        Assert.Contains("\"number\"", properties.GetRawText(), StringComparison.Ordinal);
    }

    /// <summary>The paths of the schema's property nodes that are the schema "true" (anything at all).</summary>
    private static IEnumerable<string> Unconstrained(JsonElement node, string path)
    {
        if (node.ValueKind == JsonValueKind.True)
        {
            yield return path;
        }

        if (node.ValueKind == JsonValueKind.Object)
        {
            foreach (var child in node.EnumerateObject().Where(child => child.Name is "properties" or "items" or "$defs" || child.Value.ValueKind == JsonValueKind.Object))
            {
                foreach (var found in child.Name is "properties" or "$defs"
                    ? child.Value.EnumerateObject().SelectMany(property => Unconstrained(property.Value, $"{path}.{property.Name}"))
                    : Unconstrained(child.Value, $"{path}.{child.Name}"))
                {
                    yield return found;
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task EachKindHasAValidExampleInEachLanguage(ActKind kind, ActLanguage language)
    {
        using var response = await _client.GetAsync($"/api/acts/{EnumNames.Of(kind)}/example?language={EnumNames.Of(language)}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var validation = await _client.PostAsync("/api/acts/validate", Requests.Json(text), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, validation.StatusCode);
        var act = JsonDocument.Parse(text).RootElement;
        Assert.Equal(EnumNames.Of(kind), act.GetProperty("kind").GetString());
        Assert.Equal(EnumNames.Of(language), act.GetProperty("language").GetString());
    }

    [Theory]
    [InlineData("appeal")]
    [InlineData("cassation")]
    public async Task AConclusionHasAnExampleForEachInstance(string instance)
    {
        var act = await _client.GetFromJsonAsync<JsonElement>($"/api/acts/conclusion/example?language=ru&instance={instance}", TestContext.Current.CancellationToken);

        Assert.Equal(instance, act.GetProperty("instance").GetString());
    }

    [Theory]
    [InlineData("/api/acts/ordre/schema")]
    [InlineData("/api/acts/Order/example?language=kk")]
    [InlineData("/api/acts/%D0%BF%D1%80%D0%BE%D1%82%D0%B5%D1%81%D1%82/schema")]
    public async Task AnUnknownKindIs404(string url)
    {
        using var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);

        await Problems.AssertProblem(response, HttpStatusCode.NotFound, ProblemTypes.UnknownKind);
    }

    [Theory]
    [InlineData("/api/acts/order/example")]
    [InlineData("/api/acts/order/example?language=en")]
    [InlineData("/api/acts/order/example?language=kk&instance=appeal")]
    [InlineData("/api/acts/conclusion/example?language=kk&instance=supreme")]
    public async Task AMissingOrWrongExampleQueryIs400(string url)
    {
        using var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);

        await Problems.AssertProblem(response, HttpStatusCode.BadRequest, ProblemTypes.BadQuery);
    }
}
