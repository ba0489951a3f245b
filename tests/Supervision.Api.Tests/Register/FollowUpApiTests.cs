using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Supervision.Acts;
using Supervision.Api.Register;
using Supervision.Register;

namespace Supervision.Api.Tests.Register;

/// <summary>
/// Issue 15, point 2, over HTTP: a withdrawal resolution issued in a district office offers its notice to the regional
/// prosecutor and its hand-over letter; the notice's draft is made pre-filled from it, completed, signed, and the two
/// acts are found linked in the register, the link covered by the audit.
/// </summary>
public abstract class FollowUpApiTests : RegisterApiTestBase
{
    [Fact]
    public async Task AWithdrawalResolutionsNoticeIsMadePreFilledSignedAndFoundLinkedToIt()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var resolution = await staff.IssueAsync(InSaryarka(ActKind.WithdrawalResolution));
        var resolutionId = resolution.GetProperty("id").GetInt64();
        var drafter = await staff.AsAsync(Staff.Drafter);

        var offered = await GetJsonAsync(drafter, $"/api/acts/issued/{resolutionId}/follow-ups");
        Assert.Equal(["withdrawal-notice", "handover-letter"], offered.GetProperty("offered").EnumerateArray().Select(o => o.GetProperty("kind").GetString()));
        var notice = offered.GetProperty("offered")[0];
        Assert.Equal("уведомление об изъятии исполнительного документа", notice.GetProperty("titles").GetProperty("ru").GetString());
        Assert.Contains("p. 9", notice.GetProperty("source").GetString(), StringComparison.Ordinal);

        var draft = await Staff.SendAsync(drafter, HttpMethod.Post, notice.GetProperty("create").GetString()!, null, HttpStatusCode.Created);
        var act = JsonNode.Parse(draft.GetProperty("act").GetRawText())!.AsObject();
        Assert.Equal(("withdrawal-notice", "ru"), (act["kind"]!.GetValue<string>(), act["language"]!.GetValue<string>()));
        Assert.Equal(resolution.GetProperty("registrationNumber").GetString(), act["withdrawalResolution"]!["number"]!.GetValue<string>());
        Assert.Equal("2025-09-24", act["withdrawalResolution"]!["date"]!.GetValue<string>());
        Assert.Equal("исполнительного округа Акмолинской области Бекмұрзина Т.С.", act["privateBailiff"]!.GetValue<string>());
        Assert.Equal("0296/2025", act["proceeding"]!["number"]!.GetValue<string>());
        Assert.Equal(5, act["violations"]!.AsArray().Count);
        Assert.Null(act["addressee"]);
        Assert.Null(act["attachments"]);

        // The drafter completes what is his — the date, the addressee, the copy attached — and the deputy signs.
        var example = Requests.Example(ActKind.WithdrawalNotice, ActLanguage.Ru);
        act["date"] = "2025-09-24";
        act["addressee"] = example["addressee"]!.DeepClone();
        act["addressee"]!["position"] = "Прокурору города Астаны";
        act["attachments"] = example["attachments"]!.DeepClone();
        var draftId = draft.GetProperty("id").GetInt64();
        await Staff.SendAsync(drafter, HttpMethod.Put, $"/api/drafts/{draftId}", act);
        await Staff.SendAsync(drafter, HttpMethod.Post, $"/api/drafts/{draftId}/submit", new JsonObject { ["signatory"] = Staff.Deputy });
        var signed = await Staff.SendAsync(await staff.AsAsync(Staff.Deputy), HttpMethod.Post, $"/api/drafts/{draftId}/sign", null);
        var noticeId = signed.GetProperty("issuedActId").GetInt64();

        var reader = await staff.AsAsync(Staff.Reader);
        var issuedNotice = await GetJsonAsync(reader, $"/api/acts/issued/{noticeId}");
        Assert.Equal(resolutionId, issuedNotice.GetProperty("followUps").GetProperty("linkedFrom").GetInt64());
        var issuedResolution = await GetJsonAsync(reader, $"/api/acts/issued/{resolutionId}");
        Assert.Equal(JsonValueKind.Null, issuedResolution.GetProperty("followUps").GetProperty("linkedFrom").ValueKind);
        var made = Assert.Single(issuedResolution.GetProperty("followUps").GetProperty("made").EnumerateArray());
        Assert.Equal((draftId, "withdrawal-notice", "issued", noticeId),
            (made.GetProperty("draftId").GetInt64(), made.GetProperty("kind").GetString(), made.GetProperty("state").GetString(), made.GetProperty("issuedActId").GetInt64()));
        // Both ends are named by their registration numbers, for the pages to show.
        Assert.Equal(signed.GetProperty("registrationNumber").GetString(), made.GetProperty("registrationNumber").GetString());
        Assert.Equal(resolution.GetProperty("registrationNumber").GetString(), issuedNotice.GetProperty("followUps").GetProperty("linkedFromNumber").GetString());
        Assert.Equal("withdrawal-resolution", issuedNotice.GetProperty("followUps").GetProperty("linkedFromKind").GetString());
        // The drafter and the signatory find the notice among the acts issued from their drafts.
        foreach (var person in new[] { drafter, await staff.AsAsync(Staff.Deputy) })
        {
            var box = await GetJsonAsync(person, "/api/drafts?box=issued");
            Assert.Contains(box.GetProperty("items").EnumerateArray(), item => item.GetProperty("issuedActId").GetInt64() == noticeId);
        }

        Assert.True((await GetJsonAsync(reader, "/api/audit/verify")).GetProperty("holds").GetBoolean());

        // The link is part of the draft's audited row: removed behind the application's back, the audit finds it.
        await api.ExecuteAsync($"UPDATE drafts SET follows_act_id = NULL WHERE id = {draftId}");
        using var broken = await reader.GetAsync("/api/audit/verify", Cancellation);
        var problem = await Problems.AssertProblem(broken, HttpStatusCode.Conflict, RegisterProblemTypes.AuditBroken);
        Assert.Contains("followsAct", problem.GetProperty("broken").GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AKindThatDoesNotFollowTheActIsRefusedNamingThoseThatDo()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var resolution = await staff.IssueAsync(InSaryarka(ActKind.WithdrawalResolution));
        var order = await staff.IssueAsync(InSaryarka(ActKind.Order), Staff.Head);
        var drafter = await staff.AsAsync(Staff.Drafter);

        using var wrongKind = await drafter.PostAsync($"/api/acts/issued/{resolution.GetProperty("id").GetInt64()}/follow-ups/protest", null, Cancellation);
        using var unknownKind = await drafter.PostAsync($"/api/acts/issued/{resolution.GetProperty("id").GetInt64()}/follow-ups/letter", null, Cancellation);
        using var nothingFollows = await drafter.PostAsync($"/api/acts/issued/{order.GetProperty("id").GetInt64()}/follow-ups/withdrawal-notice", null, Cancellation);
        using var noAct = await drafter.PostAsync("/api/acts/issued/999/follow-ups/withdrawal-notice", null, Cancellation);

        var problem = await Problems.AssertProblem(wrongKind, HttpStatusCode.UnprocessableEntity, RegisterProblemTypes.InvalidInput);
        Assert.Contains("withdrawal-notice, handover-letter", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Problems.AssertProblem(unknownKind, HttpStatusCode.UnprocessableEntity, RegisterProblemTypes.InvalidInput);
        Assert.Contains("none", (await Problems.AssertProblem(nothingFollows, HttpStatusCode.UnprocessableEntity, RegisterProblemTypes.InvalidInput)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Problems.AssertProblem(noAct, HttpStatusCode.NotFound, RegisterProblemTypes.NotFound);
        Assert.Empty((await GetJsonAsync(drafter, $"/api/acts/issued/{order.GetProperty("id").GetInt64()}/follow-ups")).GetProperty("offered").EnumerateArray());
        Assert.Equal(0, await api.CountAsync("SELECT COUNT(*) FROM drafts WHERE follows_act_id IS NOT NULL"));
    }

    [Fact]
    public async Task AnotherOfficesDrafterCannotMakeAFollowUpOfTheAct()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var resolution = await staff.IssueAsync(InSaryarka(ActKind.WithdrawalResolution));

        using var refused = await (await staff.AsAsync(Staff.OtherDrafter)).PostAsync($"/api/acts/issued/{resolution.GetProperty("id").GetInt64()}/follow-ups/handover-letter", null, Cancellation);

        await Problems.AssertProblem(refused, HttpStatusCode.NotFound, RegisterProblemTypes.NotFound);
        Assert.Equal(0, await api.CountAsync("SELECT COUNT(*) FROM drafts WHERE follows_act_id IS NOT NULL"));
    }

    /// <summary>The Russian example of a kind, made in the test's district office 2-11.</summary>
    private static JsonObject InSaryarka(ActKind kind)
    {
        var act = Requests.Example(kind, ActLanguage.Ru);
        act["office"]!["name"] = "Прокуратура района Сарыарка города Астаны";
        return act;
    }
}

public sealed class SqliteFollowUpApiTests : FollowUpApiTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresFollowUpApiTests : FollowUpApiTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
