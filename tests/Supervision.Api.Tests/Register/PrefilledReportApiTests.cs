using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Supervision.Acts;
using Supervision.Api.Register;
using Supervision.Register;

namespace Supervision.Api.Tests.Register;

/// <summary>
/// Issue 15, point 3, over HTTP: the city office's quarterly analysis drafted with its tables filled from the
/// register (an order and a withdrawal resolution of its district 2-11, a proceeding tracked there); once the
/// prosecutor has written the prose, the act validates and renders. And the reports the office owes.
/// </summary>
public abstract class PrefilledReportApiTests : RegisterApiTestBase
{
    [Fact]
    public async Task TheQuarterlyAnalysisDraftHoldsTheRegistersFiguresAndOnceWrittenValidatesAndRenders()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        // 2-11: the order of 23 September (deadline 8 October, left open: overdue on 20 October) and the withdrawal resolution of 24 September.
        await staff.IssueAsync(InSaryarka(ActKind.Order), Staff.Head);
        await staff.IssueAsync(InSaryarka(ActKind.WithdrawalResolution));
        var register = await Sessions.RegisterAsync(api);
        await staff.AsAsync(Staff.Controller);
        Assert.IsType<ProceedingOutcome.Done>(await register.Proceedings.AddAsync(
            Principal.ForPerson(Staff.Controller, Office, [PersonRole.Controller]),
            new ProceedingEntry
            {
                OfficeCode = Office,
                Number = "5120/25",
                ExecutiveDocument = "исполнительный лист № 2-1402/2025 от 3 марта 2025 года",
                Creditor = "Управление государственных доходов по району Сарыарка",
                Debtor = "ТОО «Сарыарка Құрылыс»",
                Category = ProceedingCategory.StateRevenue,
                SumDue = 500_000m,
                Recovered = 125_000m,
                RecoveredOn = new DateOnly(2025, 9, 15),
                OpenedOn = new DateOnly(2025, 3, 10),
            },
            Cancellation));
        using var city = await Sessions.ClientOfOfficeAsync(api, "reports", "2", ClientScope.ActsDraft, ClientScope.RegisterRead);

        var draft = await Staff.SendAsync(city, HttpMethod.Post, "/api/drafts/prefilled/quarterly-analysis?year=2025&quarter=3&language=ru", null, HttpStatusCode.Created);

        var act = JsonNode.Parse(draft.GetProperty("act").GetRawText())!.AsObject();
        Assert.Equal(("quarterly-analysis", 2025, 3, "2025-10-20"), (act["kind"]!.GetValue<string>(), act["year"]!.GetValue<int>(), act["quarter"]!.GetValue<int>(), act["date"]!.GetValue<string>()));
        Assert.Equal("Прокуратура города Астаны", act["office"]!["name"]!.GetValue<string>());
        // The order: brought, neither considered nor executed, overdue since 8 October; the resolution sets no term.
        Assert.Equal(
            ["Протесты 0 0 0 0", "Представления 0 0 0 0", "Предписания 1 0 0 1", "Письменные указания 0 0 0 0", "Постановления об изъятии 1 0 0 0"],
            act["acts"]!.AsArray().Select(row => $"{row!["label"]} {row["brought"]} {row["considered"]} {row["executed"]} {row["overdue"]}"));
        Assert.Equal(
            [
                "Прокуратура города Астаны (аппарат) 0 0 0",
                "Прокуратура района Сарыарка города Астаны 1 500000 125000",
                "Прокуратура района Байконур города Астаны 0 0 0",
                "Итого 1 500000 125000",
            ],
            act["recoveries"]!.AsArray().Select(row => $"{row!["label"]} {row["documents"]} {Sum(row["amount"]!)} {Sum(row["recovered"]!)}"));

        // The prosecutor writes the rest (here: the example's prose, addressee, signatory), keeps the figures, and the act is valid and prints.
        var example = Requests.Example(ActKind.QuarterlyAnalysis, ActLanguage.Ru);
        foreach (var field in new[] { "number", "place", "addressee", "signatory", "executor", "supervisionState", "legalityState", "violations", "proposals" })
        {
            act[field] = example[field]!.DeepClone();
        }

        using var anonymous = api.CreateClient();
        var validated = await Staff.SendAsync(anonymous, HttpMethod.Post, "/api/acts/validate", act);
        Assert.True(validated.GetProperty("valid").GetBoolean());
        using var pdf = await anonymous.PostAsync("/api/acts/render?format=pdf", Requests.Json(act), Cancellation);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using var html = await anonymous.PostAsync("/api/acts/render?format=html", Requests.Json(act), Cancellation);
        var page = await html.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("Прокуратура района Сарыарка города Астаны", page, StringComparison.Ordinal);
        Assert.Contains("Постановления об изъятии", page, StringComparison.Ordinal);

        // A district's drafter does not make one; the annual summary takes no quarter.
        using var district = await (await staff.AsAsync(Staff.Drafter)).PostAsync("/api/drafts/prefilled/quarterly-analysis?year=2025&quarter=3", null, Cancellation);
        await Problems.AssertProblem(district, HttpStatusCode.UnprocessableEntity, RegisterProblemTypes.InvalidInput);
        using var quarterOfAYear = await city.PostAsync("/api/drafts/prefilled/annual-summary?year=2024&quarter=3", null, Cancellation);
        await Problems.AssertProblem(quarterOfAYear, HttpStatusCode.UnprocessableEntity, RegisterProblemTypes.InvalidInput);
        using var noYear = await city.PostAsync("/api/drafts/prefilled/annual-summary", null, Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, noYear.StatusCode);
    }

    [Fact]
    public async Task TheCityOfficeSeesTheReportsItOwesAndTheControlPageListsThem()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var register = await Sessions.RegisterAsync(api);
        using var city = await Sessions.ClientOfOfficeAsync(api, "reports", "2", ClientScope.RegisterRead);

        var owed = await GetJsonAsync(city, "/api/register/reports-owed?asOf=2025-10-08");

        // Twelve months back from 8 October 2025: the fourth quarter and the year 2024, the first three quarters of 2025;
        // the check reports of 2024 and 2025, no check being known, each due by 7 January of the next year.
        Assert.Equal(
            [
                "check-report 2024 - 2025-01-07 True",
                "quarterly-analysis 2024 4 2025-01-07 True",
                "annual-summary 2024 - 2025-01-07 True",
                "quarterly-analysis 2025 1 2025-04-07 True",
                "quarterly-analysis 2025 2 2025-07-07 True",
                "quarterly-analysis 2025 3 2025-10-07 True",
                "check-report 2025 - 2026-01-07 False",
            ],
            owed.EnumerateArray().Select(row =>
                $"{row.GetProperty("kind").GetString()} {row.GetProperty("year").GetInt32()} {(row.GetProperty("quarter").ValueKind == JsonValueKind.Null ? "-" : row.GetProperty("quarter").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture))} {row.GetProperty("due").GetString()} {row.GetProperty("overdue").GetBoolean()}"));
        Assert.Equal("/api/drafts/prefilled/quarterly-analysis?year=2025&quarter=3", owed[5].GetProperty("draft").GetString());
        Assert.Equal(JsonValueKind.Null, owed[0].GetProperty("draft").ValueKind);

        var kazakh = await city.GetStringAsync("/register/control?lang=kk&asOf=2025-10-07", Cancellation);
        Assert.Contains("Бас прокуратураға тапсырылуға тиіс ақпарат", kazakh, StringComparison.Ordinal);
        Assert.Contains("2025 жылғы 3-тоқсан", kazakh, StringComparison.Ordinal);
        Assert.Contains("мерзімі өтпеген", kazakh, StringComparison.Ordinal);
        var russian = await city.GetStringAsync("/register/control?lang=ru&asOf=2025-10-08", Cancellation);
        Assert.Contains("III квартал 2025 года", russian, StringComparison.Ordinal);
        Assert.Contains("срок истёк", russian, StringComparison.Ordinal);
        // On 8 October every quarterly analysis owed is overdue; only the check report of 2025 is in term.
        Assert.DoesNotContain("<tr class=\"due\" data-kind=\"quarterly-analysis\">", russian, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"due\" data-kind=\"check-report\">", russian, StringComparison.Ordinal);
    }

    private static string Sum(JsonNode amount) => amount.GetValue<decimal>().ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The Russian example of a kind, made in the test's district office 2-11.</summary>
    private static JsonObject InSaryarka(ActKind kind)
    {
        var act = Requests.Example(kind, ActLanguage.Ru);
        act["office"]!["name"] = "Прокуратура района Сарыарка города Астаны";
        return act;
    }
}

public sealed class SqlitePrefilledReportApiTests : PrefilledReportApiTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresPrefilledReportApiTests : PrefilledReportApiTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
