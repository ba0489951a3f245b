using System.Net;
using System.Text.Json.Nodes;
using Supervision.Register;

namespace Supervision.Api.Tests.Register;

/// <summary>GET/POST /api/proceedings, PUT /api/proceedings/{id}, GET /api/indicators/p17 and its report.</summary>
public abstract class ProceedingsApiTests : RegisterApiTestBase
{
    private static JsonObject Proceeding(string number, string category, decimal? due = null, decimal? recovered = null, string office = Office) => new()
    {
        ["officeCode"] = office,
        ["number"] = number,
        ["executiveDocument"] = "исполнительный лист № 2-" + number + " от 3 марта 2025 года",
        ["creditor"] = "Управление государственных доходов по району Сарыарка",
        ["debtor"] = "ТОО «Сарыарка Құрылыс»",
        ["category"] = category,
        ["sumDue"] = due,
        ["recovered"] = recovered,
        ["openedOn"] = "2025-03-10",
    };

    private static JsonObject With(JsonObject body, string name, JsonNode? value)
    {
        body[name] = value;
        return body;
    }

    [Fact]
    public async Task ControllersEnterProceedingsAndTheP17FiguresAreThoseWorkedOutByHand()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        api.Clock.Set(new DateTimeOffset(2025, 11, 10, 4, 0, 0, TimeSpan.Zero));
        var controller = await staff.AsAsync(Staff.Controller);
        var other = await staff.AsAsync(Staff.OtherController);

        async Task<long> PostAsync(HttpClient client, JsonObject body) =>
            (await Staff.SendAsync(client, HttpMethod.Post, "/api/proceedings", body, HttpStatusCode.Created)).GetProperty("id").GetInt64();

        var s1 = await PostAsync(controller, With(Proceeding("S-1", "state-revenue", 1_000_000m, 100_000m), "termBreached", true));
        await PostAsync(controller, Proceeding("S-2", "state-revenue", 400_000m, 400_000m)); // term kept: not counted
        await PostAsync(controller, Proceeding("P-1", "prosecutor-claim-property", 300_000m, 120_000m));
        await PostAsync(controller, With(Proceeding("P-2", "prosecutor-claim-property", 50_000m, 50_000m), "privateInterest", true));
        await PostAsync(controller, With(Proceeding("N-1", "prosecutor-claim-non-property"), "executed", true));
        await PostAsync(controller, With(With(Proceeding("N-2", "prosecutor-claim-non-property"), "executed", true), "withoutWrit", true));
        await PostAsync(other, With(Proceeding("S-3", "state-revenue", 600_000m, 0m, "2-12"), "termBreached", true));
        await PostAsync(other, With(Proceeding("N-3", "prosecutor-claim-non-property", office: "2-12"), "executed", false));
        var changed = await Staff.SendAsync(controller, HttpMethod.Put, $"/api/proceedings/{s1}", With(Proceeding("S-1", "state-revenue", 1_000_000m, 300_000m), "termBreached", true));
        Assert.Equal((300_000m, Staff.Controller), (changed.GetProperty("recovered").GetDecimal(), changed.GetProperty("changedBy").GetString()));

        var p17 = await GetJsonAsync(await staff.AsAsync(Staff.Reader), "/api/indicators/p17?office=2&from=2025-01-01&to=2025-12-31");
        var total = p17.GetProperty("total");
        // State: S-1 (300 000 of 1 000 000) and S-3 (0 of 600 000); S-2 kept its term. 300 000 / 1 600 000 = 0.1875.
        var state = total.GetProperty("state");
        Assert.Equal((2, 1_600_000m, 300_000m, 1, 0.1875m), (state.GetProperty("proceedings").GetInt32(), state.GetProperty("sumDue").GetDecimal(), state.GetProperty("recovered").GetDecimal(), state.GetProperty("termKept").GetInt32(), state.GetProperty("share").GetDecimal()));
        // Property: P-1 only (120 000 of 300 000 = 0.4); P-2 is money for a private-form organisation.
        var property = total.GetProperty("property");
        Assert.Equal((1, 300_000m, 120_000m, 1, 0.4m), (property.GetProperty("proceedings").GetInt32(), property.GetProperty("sumDue").GetDecimal(), property.GetProperty("recovered").GetDecimal(), property.GetProperty("privateInterest").GetInt32(), property.GetProperty("share").GetDecimal()));
        // Non-property: N-1 executed, N-3 not; N-2 was executed without a writ. 1 / 2 = 0.5.
        var nonProperty = total.GetProperty("nonProperty");
        Assert.Equal((2, 1, 1, 0.5m), (nonProperty.GetProperty("inExecution").GetInt32(), nonProperty.GetProperty("executed").GetInt32(), nonProperty.GetProperty("withoutWrit").GetInt32(), nonProperty.GetProperty("share").GetDecimal()));
        Assert.Equal(["2-11", "2-12"], p17.GetProperty("offices").EnumerateArray().Select(office => office.GetProperty("officeCode").GetString()));

        // The register's indicators carry the same figures, and p. 17 is no longer listed as not computable.
        var indicators = await GetJsonAsync(await staff.AsAsync(Staff.Reader), "/api/register/indicators?office=2&from=2025-01-01&to=2025-12-31");
        Assert.Equal(0.1875m, indicators.GetProperty("p17").GetProperty("total").GetProperty("state").GetProperty("share").GetDecimal());
        Assert.Empty(indicators.GetProperty("notComputable").EnumerateArray());

        // 2-12's controller reads only 2-12's proceedings; the reader of the General Prosecutor's Office reads all.
        Assert.Equal(2, (await GetJsonAsync(other, "/api/proceedings")).GetProperty("total").GetInt32());
        var page = await GetJsonAsync(await staff.AsAsync(Staff.Reader), "/api/proceedings?category=state-revenue&limit=2");
        Assert.Equal((3, 2), (page.GetProperty("total").GetInt32(), page.GetProperty("items").GetArrayLength()));
        Assert.NotNull(page.GetProperty("next").GetString());
    }

    [Fact]
    public async Task AControllerOfAnotherOfficeOrAPersonWithoutTheRoleIsRefused()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        api.Clock.Set(new DateTimeOffset(2025, 11, 10, 4, 0, 0, TimeSpan.Zero));
        var body = With(Proceeding("S-1", "state-revenue", 1000m, 0m), "termBreached", true);

        using var otherOffice = await PostJsonAsync(await staff.AsAsync(Staff.OtherController), "/api/proceedings", body);
        using var drafter = await PostJsonAsync(await staff.AsAsync(Staff.Drafter), "/api/proceedings", body);
        var id = (await Staff.SendAsync(await staff.AsAsync(Staff.Controller), HttpMethod.Post, "/api/proceedings", body, HttpStatusCode.Created)).GetProperty("id").GetInt64();
        using var change = new HttpRequestMessage(HttpMethod.Put, $"/api/proceedings/{id}") { Content = Requests.Json(With(Proceeding("S-1", "state-revenue", 1000m, 1000m), "termBreached", true)) };
        using var changedByOther = await (await staff.AsAsync(Staff.OtherController)).SendAsync(change, Cancellation);

        Assert.Contains("controller", (await Problems.AssertProblem(otherOffice, HttpStatusCode.Forbidden)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Problems.AssertProblem(drafter, HttpStatusCode.Forbidden);
        await Problems.AssertProblem(changedByOther, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("sumDue", -5, HttpStatusCode.UnprocessableEntity)]
    [InlineData("recovered", 1000.01, HttpStatusCode.UnprocessableEntity)]
    [InlineData("category", "state", HttpStatusCode.BadRequest)]
    [InlineData("openedOn", "10.03.2025", HttpStatusCode.BadRequest)]
    [InlineData("executed", true, HttpStatusCode.UnprocessableEntity)]
    [InlineData("enteredBy", "someone", HttpStatusCode.BadRequest)]
    public async Task ABadValueIsAProblemNamingItsField(string field, object value, HttpStatusCode status)
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        api.Clock.Set(new DateTimeOffset(2025, 11, 10, 4, 0, 0, TimeSpan.Zero));
        var body = With(Proceeding("S-1", "state-revenue", 1000m, 0m), field, System.Text.Json.JsonSerializer.SerializeToNode(value));

        using var response = await PostJsonAsync(await staff.AsAsync(Staff.Controller), "/api/proceedings", body);

        var problem = await Problems.AssertProblem(response, status);
        var named = status == HttpStatusCode.BadRequest
            ? problem.GetProperty("detail").GetString()!
            : problem.GetProperty("field").GetString()!;
        Assert.Contains(field, named, StringComparison.Ordinal);
        Assert.Equal(0, (await GetJsonAsync(await staff.AsAsync(Staff.Reader), "/api/proceedings")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task TheReportIsPrintedInKazakhAndRussianAsHtmlAndPdf()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        api.Clock.Set(new DateTimeOffset(2025, 11, 10, 4, 0, 0, TimeSpan.Zero));
        await Staff.SendAsync(await staff.AsAsync(Staff.Controller), HttpMethod.Post, "/api/proceedings", With(Proceeding("S-1", "state-revenue", 1_250_000m, 312_500.50m), "termBreached", true), HttpStatusCode.Created);
        var reader = await staff.AsAsync(Staff.Reader);

        var russian = WebUtility.HtmlDecode(await reader.GetStringAsync("/api/indicators/p17/report?office=2-11&from=2025-01-01&to=2025-12-31&language=ru", Cancellation));
        var kazakh = WebUtility.HtmlDecode(await reader.GetStringAsync("/api/indicators/p17/report?office=2-11&from=2025-01-01&to=2025-12-31&language=kk", Cancellation));
        using var pdf = await reader.GetAsync("/api/indicators/p17/report?office=2-11&from=2025-01-01&to=2025-12-31&language=ru&format=pdf", Cancellation);
        using var badLanguage = await reader.GetAsync("/api/indicators/p17/report?language=en", Cancellation);

        // 312 500.50 / 1 250 000 = 0.2500004 → 0.25 → "25".
        Assert.Contains("ОСНОВНЫЕ ПОКАЗАТЕЛИ НАДЗОРА ЗА ЗАКОННОСТЬЮ ИСПОЛНИТЕЛЬНОГО ПРОИЗВОДСТВА", russian, StringComparison.Ordinal);
        Assert.Contains("Прокуратура района Сарыарка города Астаны (с нижестоящими прокуратурами)", russian, StringComparison.Ordinal);
        Assert.Contains("пунктом 17 Инструкции по организации прокурорского надзора за законностью исполнительного производства, утвержденной приказом Генерального Прокурора Республики Казахстан от 28 декабря 2010 года № 88", russian, StringComparison.Ordinal);
        Assert.Contains("1\u00A0250\u00A0000", russian, StringComparison.Ordinal);
        Assert.Contains("312\u00A0500,50", russian, StringComparison.Ordinal);
        Assert.Contains(">25<", russian, StringComparison.Ordinal);
        Assert.Contains("АТҚАРУШЫЛЫҚ ІС ЖҮРГІЗУ ЗАҢДЫЛЫҒЫН ҚАДАҒАЛАУДЫҢ НЕГІЗГІ КӨРСЕТКІШТЕРІ", kazakh, StringComparison.Ordinal);
        Assert.Contains("нұсқаулықтың 17-тармағына сәйкес есептелді", kazakh, StringComparison.Ordinal);
        Assert.Contains("Кезең: 2025 жылғы 1 қаңтар – 2025 жылғы 31 желтоқсан", kazakh, StringComparison.Ordinal);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync(Cancellation), 0, 5), StringComparison.Ordinal);
        await Problems.AssertProblem(badLanguage, HttpStatusCode.BadRequest);
    }
}

public sealed class SqliteProceedingsApiTests : ProceedingsApiTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresProceedingsApiTests : ProceedingsApiTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
