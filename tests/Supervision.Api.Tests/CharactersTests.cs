using System.Net;
using Supervision.Acts;
using Supervision.Api.Problems;

namespace Supervision.Api.Tests;

/// <summary>The text policy through the API: a bidi override or an emoji is a 422 naming the field, the character and its position.</summary>
public sealed class CharactersTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ABidiOverrideAndAnEmojiAre422NamingPathCharacterAndPosition()
    {
        var json = Requests.Example(ActKind.Order, ActLanguage.Ru);
        json["place"] = "г. Алма\u202Eты";
        json["findings"] = "Долг не взыскан 😀";

        using var response = await _client.PostAsync("/api/acts/validate", Requests.Json(json), TestContext.Current.CancellationToken);

        var problem = await Problems.AssertProblem(response, HttpStatusCode.UnprocessableEntity, ProblemTypes.ActInvalid);
        var errors = Problems.Errors(problem)
            .Where(e => e.GetProperty("code").GetString() == "invalid-characters")
            .ToDictionary(e => e.GetProperty("path").GetString()!, e => e.GetProperty("message").GetString()!);
        Assert.Equal(["findings", "place"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("на 8-й позиции стоит невидимый символ U+202E RIGHT-TO-LEFT OVERRIDE", errors["place"], StringComparison.Ordinal);
        Assert.Contains("Символ «😀» U+1F600 в поле «Установлено проверкой» (17-я позиция)", errors["findings"], StringComparison.Ordinal);
    }
}
