using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Acts;
using Supervision.Api.Problems;

namespace Supervision.Api.Tests;

/// <summary>Warnings through the API: beside a valid answer, beside the errors of a 422, and never in the way of a render.</summary>
public sealed class WarningsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    // 19:30 UTC on 14 October 2025 is 00:30 on 15 October in Kazakhstan: an act of the 16th is dated after today.
    private readonly HttpClient _client = factory
        .WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<TimeProvider>(new TestClock(new DateTimeOffset(2025, 10, 14, 19, 30, 0, TimeSpan.Zero)))))
        .CreateClient();

    /// <summary>The order of the example, dated the 16th, with a sum typed without its words.</summary>
    private static JsonObject Warned(ActLanguage language)
    {
        var act = Requests.Example(ActKind.Order, language);
        act["date"] = "2025-10-16";
        act["deadline"] = "2025-11-03";
        act["findings"] = language == ActLanguage.Ru ? "Долг в сумме 5 000 тенге не взыскан." : "5 000 теңге борыш өндірілмеген.";
        return act;
    }

    private static JsonElement Find(JsonElement list, string path, string code) =>
        list.EnumerateArray().Single(item => item.GetProperty("path").GetString() == path && item.GetProperty("code").GetString() == code);

    [Fact]
    public async Task AnActWithOnlyWarningsIsValidAndTheAnswerListsThemInTheActsLanguage()
    {
        using var response = await _client.PostAsync("/api/acts/validate", Requests.Json(Warned(ActLanguage.Ru)), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(body.GetProperty("valid").GetBoolean());
        var warnings = body.GetProperty("warnings");
        Assert.Equal(
            "Дата акта (16.10.2025) позже сегодняшнего дня (15.10.2025) по времени Казахстана. Проверьте дату.",
            Find(warnings, "date", "date-in-future").GetProperty("message").GetString());
        Assert.Equal(
            "Сумма «5 000 тенге» указана только цифрами. В актах сумма пишется цифрами с прописью в скобках: 5\u00A0000 (пять тысяч) тенге.",
            Find(warnings, "findings", "amount-without-words").GetProperty("message").GetString());
    }

    [Fact]
    public async Task KazakhActsGetKazakhWarnings()
    {
        using var response = await _client.PostAsync("/api/acts/validate", Requests.Json(Warned(ActLanguage.Kk)), TestContext.Current.CancellationToken);

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(
            "Актінің күні (16.10.2025) Қазақстан уақыты бойынша бүгінгі күннен (15.10.2025) кейін. Күнін тексеріңіз.",
            Find(body.GetProperty("warnings"), "date", "date-in-future").GetProperty("message").GetString());
    }

    [Fact]
    public async Task AnActWithoutWarningsAnswersAnEmptyList()
    {
        var act = Requests.Example(ActKind.Order, ActLanguage.Ru);
        act["findings"] = "Проверкой установлено, что исполнительные действия не совершались.";
        act["harm"] = "Неисполнение решения суда причиняет существенный вред правам взыскателя.";
        act["violatedNorms"] = new JsonArray("Пункт 3 статьи 76 Конституции Республики Казахстан.");

        using var response = await _client.PostAsync("/api/acts/validate", Requests.Json(act), TestContext.Current.CancellationToken);

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("""{"valid":true,"warnings":[]}""", body.GetRawText());
    }

    [Theory]
    [InlineData("/api/acts/validate")]
    [InlineData("/api/acts/render?format=html")]
    public async Task AProblemListsTheWarningsBesideTheErrors(string endpoint)
    {
        var act = Warned(ActLanguage.Ru);
        act.Remove("number");

        using var response = await _client.PostAsync(endpoint, Requests.Json(act), TestContext.Current.CancellationToken);

        var problem = await Problems.AssertProblem(response, HttpStatusCode.UnprocessableEntity, ProblemTypes.ActInvalid);
        var error = Assert.Single(Problems.Errors(problem));
        Assert.Equal(("number", "required"), (error.GetProperty("path").GetString(), error.GetProperty("code").GetString()));
        Find(problem.GetProperty("warnings"), "findings", "amount-without-words");
        Assert.Equal("1 error; see errors.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AnActWithOnlyWarningsRendersAndTheDocumentCarriesNoWarnings()
    {
        using var response = await _client.PostAsync("/api/acts/render?format=html", Requests.Json(Warned(ActLanguage.Ru)), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(response.Headers, header => header.Key.Contains("warning", StringComparison.OrdinalIgnoreCase));
    }
}
