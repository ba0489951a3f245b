using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Supervision.Acts;
using Supervision.Api.Register;
using Supervision.Reading;
using Supervision.Register;

namespace Supervision.Api.Tests.Register;

/// <summary>
/// Issue 15, p. 11 over HTTP: a controller of the city office records the annual check it held
/// (<c>POST /api/register/checks</c>); its check report is then owed by the 7th of the month after the check, is made
/// into a draft pre-filled from the check, and is no longer owed once a report covering the check is issued. The audit
/// finds a check row edited behind the application's back; bad values are refused naming their field.
/// </summary>
public abstract class HeldCheckApiTests : RegisterApiTestBase
{
    private const string DepartmentRu = "Департамент юстиции города Астаны";
    private const string ChamberRu = "Региональная палата частных судебных исполнителей города Астаны";

    private static JsonObject Check(string start = "2025-09-22", string end = "2025-10-10", string office = "2") => new()
    {
        ["officeCode"] = office,
        ["checkStart"] = start,
        ["checkEnd"] = end,
        ["checked"] = new JsonArray(DepartmentRu, ChamberRu),
        ["note"] = "Проверка проведена согласно плану работы на второе полугодие 2025 года.",
    };

    /// <summary>The check reports owed as "from to due state check", the yearly one with "-" for its check.</summary>
    private static async Task<List<string>> CheckReportsOwedAsync(HttpClient client) =>
        [.. (await GetJsonAsync(client, "/api/register/reports-owed")).EnumerateArray()
            .Where(owed => owed.GetProperty("kind").GetString() == "check-report")
            .Select(owed => $"{owed.GetProperty("from").GetString()} {owed.GetProperty("to").GetString()} {owed.GetProperty("due").GetString()} {(owed.GetProperty("overdue").GetBoolean() ? "overdue" : "due")} {(owed.GetProperty("check").ValueKind == JsonValueKind.Null ? "-" : "check")}")];

    [Fact]
    public async Task ARecordedCheckMakesItsReportOwedUntilAReportCoveringItIsIssued()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var controller = await staff.AsAsync(Staff.CityController);

        // On 20 October 2025 nothing is recorded: each year of the look-back owes its yearly report by 7 January after it.
        Assert.Equal(["2024-01-01 2024-12-31 2025-01-07 overdue -", "2025-01-01 2025-12-31 2026-01-07 due -"], await CheckReportsOwedAsync(controller));

        var recorded = await Staff.SendAsync(controller, HttpMethod.Post, "/api/register/checks", Check(), HttpStatusCode.Created);
        var id = recorded.GetProperty("id").GetInt64();
        Assert.Equal(("2", "2025-09-22", "2025-10-10", Staff.CityController), (recorded.GetProperty("officeCode").GetString(), recorded.GetProperty("checkStart").GetString(), recorded.GetProperty("checkEnd").GetString(), recorded.GetProperty("recordedBy").GetString()));
        Assert.Equal("Қалиева Айгерім Бақытқызы", recorded.GetProperty("recordedByName").GetString());
        Assert.Equal([DepartmentRu, ChamberRu], recorded.GetProperty("checked").EnumerateArray().Select(item => item.GetString()));
        Assert.Equal($"/api/drafts/prefilled/check-report?check={id}", recorded.GetProperty("draft").GetString());

        // The check ended on 10 October: its report is due by 7 November; 2025 no longer owes a yearly one, 2024 still does.
        Assert.Equal(["2024-01-01 2024-12-31 2025-01-07 overdue -", "2025-09-22 2025-10-10 2025-11-07 due check"], await CheckReportsOwedAsync(controller));

        // One report per check held: a second check of 2025, held in June, owes its own report, due by 7 July.
        await Staff.SendAsync(controller, HttpMethod.Post, "/api/register/checks", Check("2025-06-02", "2025-06-20"), HttpStatusCode.Created);
        Assert.Equal(
            ["2024-01-01 2024-12-31 2025-01-07 overdue -", "2025-06-02 2025-06-20 2025-07-07 overdue check", "2025-09-22 2025-10-10 2025-11-07 due check"],
            await CheckReportsOwedAsync(controller));
        var owed = (await GetJsonAsync(controller, "/api/register/reports-owed")).EnumerateArray().Single(item => item.GetProperty("from").GetString() == "2025-09-22");
        Assert.Equal((id, $"/api/drafts/prefilled/check-report?check={id}"), (owed.GetProperty("check").GetInt64(), owed.GetProperty("draft").GetString()));

        // The city office's reader sees it; 2-11's controller, below it, does not.
        var seen = await GetJsonAsync(await staff.AsAsync(Staff.Reader), "/api/register/checks?office=2");
        Assert.Equal(2, seen.GetProperty("total").GetInt32());
        Assert.All(seen.GetProperty("items").EnumerateArray(), item => Assert.Equal("Қалиева Айгерім Бақытқызы", item.GetProperty("recordedByName").GetString()));
        Assert.Equal(0, (await GetJsonAsync(await staff.AsAsync(Staff.Controller), "/api/register/checks")).GetProperty("total").GetInt32());

        // On 8 November, the report not issued, it is overdue (and shown so on the control page, with the check's days).
        api.Clock.Set(new DateTimeOffset(2025, 11, 8, 6, 0, 0, TimeSpan.Zero));
        Assert.Contains("2025-09-22 2025-10-10 2025-11-07 overdue check", await CheckReportsOwedAsync(controller));
        var page = await controller.GetStringAsync("/register/control?lang=ru", Cancellation);
        Assert.Contains("22.09.2025 – 10.10.2025", page, StringComparison.Ordinal);

        // The draft made from the check names the office, the check's days and what was checked, in Kazakh as asked.
        var draft = await Staff.SendAsync(controller, HttpMethod.Post, $"/api/drafts/prefilled/check-report?check={id}&language=kk", null, HttpStatusCode.Created);
        var act = draft.GetProperty("act");
        Assert.Equal(("check-report", "kk", "2025-09-22", "2025-10-10", "2025-11-08"), (act.GetProperty("kind").GetString(), act.GetProperty("language").GetString(), act.GetProperty("checkStart").GetString(), act.GetProperty("checkEnd").GetString(), act.GetProperty("date").GetString()));
        Assert.Equal("Астана қаласының прокуратурасы", act.GetProperty("office").GetProperty("name").GetString());
        Assert.Equal([DepartmentRu, ChamberRu], act.GetProperty("objects").EnumerateArray().Select(item => item.GetString()));

        // A report whose check does not cover the recorded days leaves it owed; one that covers them settles it.
        var register = await Sessions.RegisterAsync(api);
        await IssueCheckReportAsync(register, new DateOnly(2025, 9, 25), new DateOnly(2025, 10, 10));
        Assert.Contains("2025-09-22 2025-10-10 2025-11-07 overdue check", await CheckReportsOwedAsync(controller));
        await IssueCheckReportAsync(register, new DateOnly(2025, 9, 22), new DateOnly(2025, 10, 10));
        Assert.Equal(["2024-01-01 2024-12-31 2025-01-07 overdue -", "2025-06-02 2025-06-20 2025-07-07 overdue check"], await CheckReportsOwedAsync(controller));

        // Recorded and audited: verify holds; the check's last day moved behind the application's back breaks it.
        var reader = await staff.AsAsync(Staff.Reader);
        Assert.True((await GetJsonAsync(reader, "/api/audit/verify")).GetProperty("holds").GetBoolean());
        Assert.Equal(2, await api.CountAsync("SELECT COUNT(*) FROM audit_log WHERE action = 'record-check'"));
        await api.ExecuteAsync($"UPDATE held_checks SET check_end = check_start WHERE id = {id}");
        using var broken = await reader.GetAsync("/api/audit/verify", Cancellation);
        var problem = await Problems.AssertProblem(broken, HttpStatusCode.Conflict, RegisterProblemTypes.AuditBroken);
        Assert.Equal($"check {id}", problem.GetProperty("broken").GetProperty("subject").GetString());
    }

    [Fact]
    public async Task ACheckOfAnotherOfficeOrByAPersonWithoutTheRoleIsRefused()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);

        using var otherOffice = await PostJsonAsync(await staff.AsAsync(Staff.Controller), "/api/register/checks", Check());
        using var drafter = await PostJsonAsync(await staff.AsAsync(Staff.Drafter), "/api/register/checks", Check());

        Assert.Contains("controller", (await Problems.AssertProblem(otherOffice, HttpStatusCode.Forbidden)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Problems.AssertProblem(drafter, HttpStatusCode.Forbidden);
        Assert.Equal(0, await api.CountAsync("SELECT COUNT(*) FROM held_checks"));

        // Nor may a drafter of another office make the report of the city's check.
        var id = (await Staff.SendAsync(await staff.AsAsync(Staff.CityController), HttpMethod.Post, "/api/register/checks", Check(), HttpStatusCode.Created)).GetProperty("id").GetInt64();
        using var foreignDraft = await (await staff.AsAsync(Staff.Drafter)).PostAsync($"/api/drafts/prefilled/check-report?check={id}", null, Cancellation);
        await Problems.AssertProblem(foreignDraft, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("checkEnd", "2025-09-21", HttpStatusCode.UnprocessableEntity)]   // before the start
    [InlineData("checkEnd", "2025-10-21", HttpStatusCode.UnprocessableEntity)]   // tomorrow
    [InlineData("checkStart", "1999-12-31", HttpStatusCode.UnprocessableEntity)] // before 2000
    [InlineData("officeCode", "77", HttpStatusCode.UnprocessableEntity)]         // no such office
    [InlineData("officeCode", "2-11", HttpStatusCode.UnprocessableEntity)]       // a district office sends no check report
    [InlineData("checked", "[]", HttpStatusCode.UnprocessableEntity)]
    [InlineData("checked[1]", "[\"Департамент юстиции города Астаны\", \"  \"]", HttpStatusCode.UnprocessableEntity)]
    [InlineData("checkStart", "22.09.2025", HttpStatusCode.BadRequest)]
    [InlineData("checked", "\"Департамент юстиции\"", HttpStatusCode.BadRequest)]
    [InlineData("recordedBy", "someone", HttpStatusCode.BadRequest)]
    public async Task ABadValueIsAProblemNamingItsField(string field, string value, HttpStatusCode status)
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var body = Check();
        var name = field.Split('[')[0];
        body[name] = value.StartsWith('[') || value.StartsWith('"') ? JsonNode.Parse(value) : value;
        // 2-11's controller may record his own office's checks: what is refused is the office itself.
        using var response = await PostJsonAsync(await staff.AsAsync(name == "officeCode" ? Staff.Controller : Staff.CityController), "/api/register/checks", body);

        var problem = await Problems.AssertProblem(response, status);
        var named = status == HttpStatusCode.BadRequest ? problem.GetProperty("detail").GetString()! : problem.GetProperty("field").GetString()!;
        Assert.Contains(field, named, StringComparison.Ordinal);
        Assert.Equal(0, await api.CountAsync("SELECT COUNT(*) FROM held_checks"));
    }

    private static async Task IssueCheckReportAsync(ActRegister register, DateOnly checkStart, DateOnly checkEnd)
    {
        var json = Requests.Example(ActKind.CheckReport, ActLanguage.Ru);
        json["office"] = new JsonObject { ["level"] = "regional", ["name"] = "Прокуратура города Астаны" };
        var act = (CheckReport)ActReader.Read(json.ToJsonString()).Act! with
        {
            Date = new DateOnly(2025, 11, 5),
            PeriodStart = new DateOnly(2024, 10, 1),
            PeriodEnd = new DateOnly(2025, 9, 21),
            CheckStart = checkStart,
            CheckEnd = checkEnd,
        };
        Assert.IsType<IssueOutcome.Issued>(await register.IssueAsync(new IssueRequest(act, "tests", "2"), Cancellation), exactMatch: true);
    }
}

public sealed class SqliteHeldCheckApiTests : HeldCheckApiTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresHeldCheckApiTests : HeldCheckApiTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
