using System.Net;
using System.Text.Json;
using Supervision.Api.Problems;
using Supervision.Api.Register;
using Supervision.Register;

namespace Supervision.Api.Tests.Register;

/// <summary>GET /api/acts/issued, POST /api/acts/issued/{id}/status, GET /api/register/control and /api/register/indicators.</summary>
public abstract class ExecutionControlApiTests : RegisterApiTestBase
{
    [Fact]
    public async Task TheListFiltersByOfficeProsecutorStatusKindAndTermAPageAtATime()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var client = await staff.AsAsync(Staff.Reader);
        api.Clock.Set(new DateTimeOffset(2025, 11, 10, 4, 0, 0, TimeSpan.Zero));
        await staff.IssueAsync(Instruction("2025-11-04"));
        await staff.IssueAsync(Instruction("2025-10-24", otherProsecutor: true));
        await staff.IssueAsync(Instruction("2025-10-28", otherProsecutor: true, otherOffice: true));
        using var executed = await ChangeStatusAsync(await staff.AsAsync(Staff.Deputy), 1, "executed", "2025-11-03");
        Assert.Equal(HttpStatusCode.OK, executed.StatusCode);

        async Task<IReadOnlyList<string>> ListAsync(string query) => Numbers((await GetJsonAsync(client, "/api/acts/issued" + query)).GetProperty("items"));

        Assert.Equal(["2-11-25/1", "2-11-25/2", "2-12-25/1"], await ListAsync(string.Empty));
        Assert.Equal(["2-11-25/1", "2-11-25/2"], await ListAsync("?office=2-11"));
        Assert.Equal(["2-11-25/2", "2-12-25/1"], await ListAsync($"?prosecutor={Uri.EscapeDataString(OtherProsecutor)}"));
        Assert.Equal(["2-11-25/1"], await ListAsync("?status=executed"));
        Assert.Equal(["2-11-25/2", "2-12-25/1"], await ListAsync("?status=issued&dueBefore=2025-10-29"));
        Assert.Equal(["2-12-25/1"], await ListAsync("?office=2-12&status=issued&prosecutor=" + Uri.EscapeDataString(OtherProsecutor)));
        Assert.Equal(["2-11-25/1"], await ListAsync("?dueFrom=2025-11-01"));
        Assert.Empty(await ListAsync("?kind=order"));
        Assert.Equal(3, (await ListAsync("?kind=instruction&from=2025-10-14&to=2025-10-14")).Count);
        Assert.Equal(["2-11-25/2", "2-12-25/1"], await ListAsync("?office=&status=issued&dueBefore="));

        var page = await GetJsonAsync(client, "/api/acts/issued?status=issued&limit=1");
        Assert.Equal(2, page.GetProperty("total").GetInt32());
        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.False(item.TryGetProperty("act", out _));
        Assert.Equal("issued", item.GetProperty("status").GetString());
        var next = await GetJsonAsync(client, page.GetProperty("next").GetString()!);
        Assert.Equal(["2-12-25/1"], Numbers(next.GetProperty("items")));
        Assert.Equal((1, 2), (next.GetProperty("offset").GetInt32(), next.GetProperty("total").GetInt32()));
        Assert.Equal(JsonValueKind.Null, next.GetProperty("next").ValueKind);

        using var badStatus = await client.GetAsync("/api/acts/issued?status=done", Cancellation);
        using var badDate = await client.GetAsync("/api/acts/issued?dueBefore=01.11.2025", Cancellation);
        using var badLimit = await client.GetAsync("/api/acts/issued?limit=100000", Cancellation);
        Assert.Contains("executed", (await Problems.AssertProblem(badStatus, HttpStatusCode.BadRequest, ProblemTypes.BadQuery)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", (await Problems.AssertProblem(badDate, HttpStatusCode.BadRequest, ProblemTypes.BadQuery)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Problems.AssertProblem(badLimit, HttpStatusCode.BadRequest, ProblemTypes.BadQuery);
    }

    [Fact]
    public async Task StatusChangesAreRecordedAndRefusedAsTheActsStatusAndTheAnswerDemand()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var client = await staff.AsAsync(Staff.Reader);
        api.Clock.Set(new DateTimeOffset(2025, 11, 10, 4, 0, 0, TimeSpan.Zero));
        await staff.IssueAsync(Instruction());
        await staff.IssueAsync(Instruction());

        using var answered = await ChangeStatusAsync(await staff.AsAsync(Staff.Deputy), 1, "answered", "2025-10-30", "15-2/330");
        using var executed = await ChangeStatusAsync(await staff.AsAsync(Staff.Deputy), 1, "executed", "2025-11-03", "15-2/341", recovered: 1500.5m);
        using var afterFinal = await ChangeStatusAsync(await staff.AsAsync(Staff.Deputy), 1, "withdrawn", "2025-11-05", null);
        using var noNumber = await ChangeStatusAsync(await staff.AsAsync(Staff.Deputy), 2, "executed", "2025-11-03", null);
        using var future = await ChangeStatusAsync(await staff.AsAsync(Staff.Deputy), 2, "executed", "2025-11-11");
        using var beforeTheAct = await ChangeStatusAsync(await staff.AsAsync(Staff.Deputy), 2, "executed", "2025-10-01");
        using var backToIssued = await ChangeStatusAsync(await staff.AsAsync(Staff.Deputy), 2, "issued", "2025-11-03");
        using var badDate = await ChangeStatusAsync(await staff.AsAsync(Staff.Deputy), 2, "executed", "2025-13-01");
        using var unknownProperty = await PostJsonAsync(client, "/api/acts/issued/2/status", new { status = "withdrawn", answerDate = "2025-11-03", reason = "y" });
        using var unknown = await ChangeStatusAsync(await staff.AsAsync(Staff.Deputy), 99, "executed", "2025-11-03");

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var record = await ReadJsonAsync(executed);
        Assert.Equal(HttpStatusCode.OK, executed.StatusCode);
        Assert.Equal(("executed", "2025-11-03", "15-2/341", 1500.5m), (record.GetProperty("status").GetString(), record.GetProperty("answerDate").GetString(), record.GetProperty("answerNumber").GetString(), record.GetProperty("recoveredAmount").GetDecimal()));
        Assert.Equal(Staff.Deputy, record.GetProperty("statusChangedBy").GetString());
        Assert.Contains("executed already", (await Problems.AssertProblem(afterFinal, HttpStatusCode.Conflict, RegisterProblemTypes.StatusConflict)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("answer's number", (await Problems.AssertProblem(noNumber, HttpStatusCode.UnprocessableEntity, RegisterProblemTypes.StatusChangeRefused)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("future", (await Problems.AssertProblem(future, HttpStatusCode.UnprocessableEntity, RegisterProblemTypes.StatusChangeRefused)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Problems.AssertProblem(beforeTheAct, HttpStatusCode.UnprocessableEntity, RegisterProblemTypes.StatusChangeRefused);
        Assert.Equal("status", Problems.Errors(await Problems.AssertProblem(backToIssued, HttpStatusCode.BadRequest, RegisterProblemTypes.RequestUnreadable))[0].GetProperty("path").GetString());
        Assert.Equal("answerDate", Problems.Errors(await Problems.AssertProblem(badDate, HttpStatusCode.BadRequest, RegisterProblemTypes.RequestUnreadable))[0].GetProperty("path").GetString());
        Assert.Equal("reason", Problems.Errors(await Problems.AssertProblem(unknownProperty, HttpStatusCode.BadRequest, RegisterProblemTypes.RequestUnreadable))[0].GetProperty("path").GetString());
        await Problems.AssertProblem(unknown, HttpStatusCode.NotFound, RegisterProblemTypes.IssuedActNotFound);
        Assert.Equal("issued", (await GetJsonAsync(client, "/api/acts/issued/2")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task TheControlListsGiveTheOverdueAndDueSoonActsPerOfficeAndProsecutor()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var client = await staff.AsAsync(Staff.Reader);
        await staff.IssueAsync(Instruction("2025-11-04"));
        await staff.IssueAsync(Instruction("2025-10-24"));
        await staff.IssueAsync(Instruction("2025-11-20", otherProsecutor: true));
        await staff.IssueAsync(Instruction("2025-10-28", otherProsecutor: true, otherOffice: true));

        var control = await GetJsonAsync(client, "/api/register/control?asOf=2025-10-28&days=7");
        var today = await GetJsonAsync(client, "/api/register/control");
        var office = await GetJsonAsync(client, "/api/register/control?asOf=2025-10-28&office=2-12");
        var prosecutor = await GetJsonAsync(client, $"/api/register/control?asOf=2025-11-15&prosecutor={Uri.EscapeDataString(OtherProsecutor)}");

        Assert.Equal(("2025-10-28", 7), (control.GetProperty("asOf").GetString(), control.GetProperty("days").GetInt32()));
        Assert.Equal(["2-11-25/2"], Numbers(control.GetProperty("overdue")));
        Assert.Equal(-4, control.GetProperty("overdue")[0].GetProperty("daysLeft").GetInt32());
        Assert.Equal(["2-12-25/1", "2-11-25/1"], Numbers(control.GetProperty("dueSoon")));
        Assert.Equal([0, 7], control.GetProperty("dueSoon").EnumerateArray().Select(entry => entry.GetProperty("daysLeft").GetInt32()));
        Assert.Equal(
            ["2-11:1:1", "2-12:0:1"],
            control.GetProperty("byOffice").EnumerateArray().Select(group => $"{group.GetProperty("key").GetString()}:{group.GetProperty("overdue").GetInt32()}:{group.GetProperty("dueSoon").GetInt32()}"));
        Assert.Equal(2, control.GetProperty("byProsecutor").GetArrayLength());
        Assert.Equal("2025-10-20", today.GetProperty("asOf").GetString());
        Assert.Equal(["2-11-25/2"], Numbers(today.GetProperty("dueSoon")));
        Assert.Empty(Numbers(today.GetProperty("overdue")));
        Assert.Equal(["2-12-25/1"], Numbers(office.GetProperty("dueSoon")));
        Assert.Equal(["2-12-25/1"], Numbers(prosecutor.GetProperty("overdue")));
        Assert.Equal(["2-11-25/3"], Numbers(prosecutor.GetProperty("dueSoon")));

        using var badDays = await client.GetAsync("/api/register/control?days=400", Cancellation);
        await Problems.AssertProblem(badDays, HttpStatusCode.BadRequest, ProblemTypes.BadQuery);
    }

    [Fact]
    public async Task EachControlListIsAPageWithItsTotalAndTheNextPagesPath()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var client = await staff.AsAsync(Staff.Reader);
        await staff.IssueAsync(Instruction("2025-11-04"));
        await staff.IssueAsync(Instruction("2025-10-24"));
        await staff.IssueAsync(Instruction("2025-10-28", otherProsecutor: true, otherOffice: true));

        var first = await GetJsonAsync(client, "/api/register/control?asOf=2025-10-28&days=7&limit=1");
        var next = first.GetProperty("dueSoonPage").GetProperty("next").GetString()!;
        var second = await GetJsonAsync(client, next);

        Assert.Equal(["2-11-25/2"], Numbers(first.GetProperty("overdue")));
        Assert.Equal("0:1:1:null", Page(first.GetProperty("overduePage")));
        Assert.Equal(["2-12-25/1"], Numbers(first.GetProperty("dueSoon")));
        Assert.Equal("0:1:2:/api/register/control?asOf=2025-10-28&days=7&limit=1&dueSoonOffset=1", Page(first.GetProperty("dueSoonPage")));
        Assert.Equal(["2-11-25/1"], Numbers(second.GetProperty("dueSoon")));
        Assert.Equal("1:1:2:null", Page(second.GetProperty("dueSoonPage")));
        Assert.Equal(["2-11-25/2"], Numbers(second.GetProperty("overdue")));
        Assert.Equal(first.GetProperty("byOffice").GetRawText(), second.GetProperty("byOffice").GetRawText());

        using var tooMany = await client.GetAsync("/api/register/control?limit=501", Cancellation);
        using var negative = await client.GetAsync("/api/register/control?overdueOffset=-1", Cancellation);
        Assert.Contains("limit", (await Problems.AssertProblem(tooMany, HttpStatusCode.BadRequest, ProblemTypes.BadQuery)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Problems.AssertProblem(negative, HttpStatusCode.BadRequest, ProblemTypes.BadQuery);

        static string Page(JsonElement page) =>
            $"{page.GetProperty("offset").GetInt32()}:{page.GetProperty("limit").GetInt32()}:{page.GetProperty("total").GetInt32()}:{page.GetProperty("next").GetString() ?? "null"}";
    }

    [Fact]
    public async Task TheIndicatorsCountThePeriodsActsByOutcome()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var client = await staff.AsAsync(Staff.Reader);
        await staff.IssueAsync(Instruction("2025-11-04"));
        await staff.IssueAsync(Instruction("2025-10-24"));
        await staff.IssueAsync(Instruction("2025-10-28", otherOffice: true));
        api.Clock.Set(new DateTimeOffset(2025, 11, 10, 4, 0, 0, TimeSpan.Zero));
        using var executed = await ChangeStatusAsync(await staff.AsAsync(Staff.Deputy), 1, "executed", "2025-11-03");
        Assert.Equal(HttpStatusCode.OK, executed.StatusCode);

        var office = await GetJsonAsync(client, "/api/register/indicators?office=2-11&from=2025-10-01&to=2025-10-31");
        var all = await GetJsonAsync(client, "/api/register/indicators?to=2025-12-31");
        var before = await GetJsonAsync(client, "/api/register/indicators?from=2025-01-01&to=2025-09-30");

        Assert.Equal(("2-11", 2, 2, 1, 0, 1, 0), (office.GetProperty("office").GetString(), office.GetProperty("issued").GetInt32(), office.GetProperty("withTerm").GetInt32(), office.GetProperty("onTime").GetInt32(), office.GetProperty("late").GetInt32(), office.GetProperty("overdue").GetInt32(), office.GetProperty("inTerm").GetInt32()));
        Assert.Equal(0.5m, office.GetProperty("onTimeShare").GetDecimal());
        Assert.Equal(2, office.GetProperty("issuedByKind").GetProperty("instruction").GetInt32());
        Assert.Equal("2025-11-10", office.GetProperty("asOf").GetString());
        Assert.NotEmpty(office.GetProperty("notComputable").EnumerateArray());
        Assert.Equal(("2025-01-01", 3), (all.GetProperty("from").GetString(), all.GetProperty("issued").GetInt32()));
        Assert.Equal(0, before.GetProperty("issued").GetInt32());

        using var backwards = await client.GetAsync("/api/register/indicators?from=2025-12-01&to=2025-10-01", Cancellation);
        await Problems.AssertProblem(backwards, HttpStatusCode.BadRequest, ProblemTypes.BadQuery);
    }
}

public sealed class SqliteExecutionControlApiTests : ExecutionControlApiTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresExecutionControlApiTests : ExecutionControlApiTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
