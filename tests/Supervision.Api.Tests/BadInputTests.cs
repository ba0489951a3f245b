using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Supervision.Acts;

namespace Supervision.Api.Tests;

/// <summary>
/// No input a client can send gets a 500 or a bare error: every bad input of the table is answered
/// with its 4xx status as problem details, and hostile values that are still valid render as text.
/// </summary>
public sealed class BadInputTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Cases() => [.. BadInputs.All.Keys];

    [Fact]
    public void TheTableHoldsAtLeastFiftyKindsOfBadInput() => Assert.True(BadInputs.All.Count >= 50, $"{BadInputs.All.Count} cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EachBadInputIsAnsweredWithItsStatusAsProblemDetails(string name)
    {
        var input = BadInputs.All[name];
        using var request = input.Request();

        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.InRange(input.Status, 400, 499);
        await Problems.AssertProblem(response, (HttpStatusCode)input.Status);
    }

    [Theory]
    [InlineData("{{ act.number }} {{ include \"signature\" }} {% raw %}")]
    [InlineData("**қалың** _көлбеу_ # тақырып\n\n- тізім\n\n::: requisites\n:::\n{.center}")]
    [InlineData("<script>alert('x')</script> <b>қалың</b> &amp; &lt;")]
    [InlineData("[сілтеме](javascript:alert(1)) ![сурет](http://127.0.0.1/x.png) `код` | a | b |\n|---|---|")]
    [InlineData("\\ \\\\ \\* +++ --- *** ___ ~~ ^^ $$ @@ %% {} [] () <>")]
    public async Task MarkupAndTemplateSyntaxInsideValuesPrintAsText(string hostile)
    {
        var act = Requests.Example(ActKind.Instruction, ActLanguage.Kk);
        act["findings"] = hostile;
        act["violations"] = new JsonArray(hostile);

        using var response = await _client.PostAsync("/api/acts/render?format=text", Requests.Json(act), TestContext.Current.CancellationToken);

        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        foreach (var line in hostile.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            Assert.Contains(line, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AUtf8ByteOrderMarkIsIgnored()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Requests.Example(ActKind.Order, ActLanguage.Ru).ToJsonString())).ToArray();

        using var response = await _client.PostAsync("/api/acts/validate", Requests.Bytes(bytes), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task JsonWithASuffixedMediaTypeIsAccepted()
    {
        var bytes = Encoding.UTF8.GetBytes(Requests.Example(ActKind.Order, ActLanguage.Ru).ToJsonString());

        using var response = await _client.PostAsync("/api/acts/validate", Requests.Bytes(bytes, "application/vnd.supervision.act+json; charset=UTF-8"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
