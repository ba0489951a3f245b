using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Supervision.Acts;
using Supervision.Api.Problems;
using Supervision.Api.Register;
using Supervision.Register;

namespace Supervision.Api.Tests.Register;

/// <summary>Issue 12's done-when over HTTP: drafts signed and approved by the people the law names, and nobody named by a request.</summary>
public abstract partial class DraftApiTests : RegisterApiTestBase
{
    [Fact]
    public async Task AnOrderDraftedByAnAssistantAndSignedByTheDistrictProsecutorIsIssuedInHisName()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var id = await staff.DraftAsync(Order(), Staff.Drafter, Staff.Head);

        var signed = await Staff.SendAsync(await staff.AsAsync(Staff.Head), HttpMethod.Post, $"/api/drafts/{id}/sign", null);

        Assert.Equal(("issued", "2-11-25/1"), (signed.GetProperty("state").GetString(), signed.GetProperty("registrationNumber").GetString()));
        var reader = await staff.AsAsync(Staff.Reader);
        var docx = await reader.GetByteArrayAsync($"/api/acts/issued/{signed.GetProperty("issuedActId").GetInt64()}/document?format=docx", Cancellation);
        var text = DocxText(docx);
        Assert.Contains("Серікбаев", text, StringComparison.Ordinal);
        Assert.Contains("ПрокуроррайонаСарыаркагородаАстаны", string.Concat(text.Where(c => !char.IsWhiteSpace(c))), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Қасымов", text, StringComparison.Ordinal);
        var audit = await GetJsonAsync(reader, "/api/audit/verify");
        Assert.True(audit.GetProperty("holds").GetBoolean());
        Assert.Equal(1, await api.CountAsync($"SELECT COUNT(*) FROM audit_log WHERE action = 'sign' AND principal LIKE '%{Staff.Head}%'"));
    }

    [Fact]
    public async Task AnOrderSubmittedToAnAssistantIsRefused422SignatoryNotAuthorizedAndStaysADraft()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var id = await staff.CreateDraftAsync(Order(), Staff.Drafter, Staff.AssistantSignatory);

        // Checked as the assistant would sign it, at submit: the drafter learns it now, not when signing fails.
        using var refused = await staff.SubmitAsync(id, Staff.Drafter, Staff.AssistantSignatory);

        var problem = await Problems.AssertProblem(refused, HttpStatusCode.UnprocessableEntity, ProblemTypes.ActInvalid);
        var error = Assert.Single(Problems.Errors(problem), error => error.GetProperty("code").GetString() == "signatory-not-authorized");
        Assert.Equal("signatory.position", error.GetProperty("path").GetString());
        var draft = await Staff.SendAsync(await staff.AsAsync(Staff.Drafter), HttpMethod.Get, $"/api/drafts/{id}", null);
        Assert.Equal("draft", draft.GetProperty("state").GetString());
        Assert.Equal(0, await api.CountAsync("SELECT COUNT(*) FROM issued_acts"));
    }

    [Fact]
    public async Task AConclusionIsIssuedOnlyWhenAPermittedApproverApprovesIt()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var act = Requests.Example(ActKind.Conclusion, ActLanguage.Ru);
        act["office"]!["name"] = "Прокуратура района Сарыарка города Астаны";
        var id = await staff.DraftAsync(act, Staff.Drafter, Staff.AssistantSignatory);
        var signer = await staff.AsAsync(Staff.AssistantSignatory);

        var signed = await Staff.SendAsync(signer, HttpMethod.Post, $"/api/drafts/{id}/sign", null);
        var issuedBefore = await api.CountAsync("SELECT COUNT(*) FROM issued_acts");
        using var bySigner = await signer.PostAsync($"/api/drafts/{id}/approve", null, Cancellation);
        var forApproval = await Staff.SendAsync(await staff.AsAsync(Staff.Head), HttpMethod.Get, "/api/drafts?box=for-approval", null);
        var approved = await Staff.SendAsync(await staff.AsAsync(Staff.Head), HttpMethod.Post, $"/api/drafts/{id}/approve", null);

        Assert.Equal("awaiting-approval", signed.GetProperty("state").GetString());
        Assert.Equal(0, issuedBefore);
        Assert.Equal("forbidden", (await Problems.AssertProblem(bySigner, HttpStatusCode.Forbidden, ProblemTypes.Forbidden)).GetProperty("code").GetString());
        Assert.Equal([id], forApproval.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetInt64()));
        Assert.Equal(("issued", Staff.Head), (approved.GetProperty("state").GetString(), approved.GetProperty("approvedBy").GetString()));
        Assert.Equal(1, await api.CountAsync("SELECT COUNT(*) FROM issued_acts"));
    }

    [Fact]
    public async Task TheListsNameTheDrafterAndTheSignatoryByTheirFullNames()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var id = await staff.DraftAsync(Instruction(), Staff.Drafter, Staff.Deputy);

        var forSignature = Assert.Single((await Staff.SendAsync(await staff.AsAsync(Staff.Deputy), HttpMethod.Get, "/api/drafts?box=for-signature", null)).GetProperty("items").EnumerateArray());
        var mine = Assert.Single((await Staff.SendAsync(await staff.AsAsync(Staff.Drafter), HttpMethod.Get, "/api/drafts?box=mine", null)).GetProperty("items").EnumerateArray());

        Assert.Equal(id, forSignature.GetProperty("id").GetInt64());
        Assert.Equal((Staff.Drafter, "Сапарова Гүлнар Ерланқызы"), (forSignature.GetProperty("draftedBy").GetString(), forSignature.GetProperty("draftedByName").GetString()));
        Assert.Equal((Staff.Deputy, "Әбдірахманов Даурен Қайратұлы"), (forSignature.GetProperty("signatory").GetString(), forSignature.GetProperty("signatoryName").GetString()));
        Assert.Equal("Әбдірахманов Даурен Қайратұлы", mine.GetProperty("signatoryName").GetString());
    }

    [Fact]
    public async Task NoBodyOrHeaderSaysWhoActedTheAuditNamesThePrincipal()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var id = await staff.DraftAsync(Order(), Staff.Drafter, Staff.Head);
        var head = await staff.AsAsync(Staff.Head);

        using var signWithBody = await head.PostAsync($"/api/drafts/{id}/sign", Requests.Json(new JsonObject { ["signedBy"] = Staff.Deputy }), Cancellation);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/drafts/{id}/sign");
        request.Headers.Add("X-Issued-By", Staff.Deputy);
        using var signed = await head.SendAsync(request, Cancellation);
        using var status = await PostJsonAsync(head, "/api/acts/issued/1/status", new { status = "executed", answerDate = "2025-10-20", answerNumber = "1", changedBy = Staff.Deputy });
        using var issue = await head.PostAsync("/api/acts/issue?issuedBy=x&officeCode=2-11", Requests.Json(Order()), Cancellation);
        using var publish = await head.PostAsync("/api/templates/publish", Requests.Json(new JsonObject { ["path"] = "templates-ru/order.sbn", ["text"] = "x", ["publishedBy"] = "x" }), Cancellation);

        await Problems.AssertProblem(signWithBody, HttpStatusCode.BadRequest, RegisterProblemTypes.RequestUnreadable);
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Equal("changedBy", Problems.Errors(await Problems.AssertProblem(status, HttpStatusCode.BadRequest, RegisterProblemTypes.RequestUnreadable))[0].GetProperty("path").GetString());
        Assert.True(issue.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"POST /api/acts/issue is gone: {(int)issue.StatusCode}");
        Assert.True(publish.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"POST /api/templates/publish is gone: {(int)publish.StatusCode}");
        var record = await GetJsonAsync(head, "/api/acts/issued/1");
        Assert.Equal((Staff.Head, "issued"), (record.GetProperty("issuedBy").GetString(), record.GetProperty("status").GetString()));
        Assert.Equal(0, await api.CountAsync($"SELECT COUNT(*) FROM audit_log WHERE principal LIKE '%{Staff.Deputy}%'"));
    }

    [Fact]
    public async Task AClientWithActsDraftDraftsButMayNotSignApproveEditTemplatesOrChangeStatuses()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        using var client = await Sessions.ClientOfOfficeAsync(api, "erp", "2-11", ClientScope.ActsDraft);

        using var drafted = await client.PostAsync("/api/drafts", Requests.Json(Order()), Cancellation);
        var draft = await ReadJsonAsync(drafted);
        var id = draft.GetProperty("id").GetInt64();
        var auditBefore = await api.CountAsync("SELECT COUNT(*) FROM audit_log");
        var denied = new List<HttpResponseMessage>
        {
            await client.PostAsync($"/api/drafts/{id}/sign", null, Cancellation),
            await client.PostAsync($"/api/drafts/{id}/approve", null, Cancellation),
            await client.PostAsync("/api/templates/proposals", Requests.Json(new JsonObject { ["path"] = "templates-ru/order.sbn", ["text"] = "x" }), Cancellation),
            await client.PostAsync("/api/templates/proposals/approve", Requests.Json(new JsonObject { ["path"] = "templates-ru/order.sbn", ["version"] = 2 }), Cancellation),
            await client.PostAsync("/api/acts/issued/1/status", Requests.Json(new JsonObject { ["status"] = "executed", ["answerDate"] = "2025-10-20" }), Cancellation),
        };

        Assert.Equal(HttpStatusCode.Created, drafted.StatusCode);
        Assert.Equal(("erp", "draft", "2-11"), (draft.GetProperty("draftedBy").GetString(), draft.GetProperty("state").GetString(), draft.GetProperty("office").GetString()));
        foreach (var response in denied)
        {
            await Problems.AssertProblem(response, HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
            response.Dispose();
        }

        Assert.Equal(auditBefore, await api.CountAsync("SELECT COUNT(*) FROM audit_log"));
        // A client is no person of the register: its lists name it by its own name alone.
        var listed = Assert.Single((await GetJsonAsync(client, "/api/drafts?box=mine")).GetProperty("items").EnumerateArray());
        Assert.Equal(("erp", JsonValueKind.Null), (listed.GetProperty("draftedBy").GetString(), listed.GetProperty("draftedByName").ValueKind));
    }

    /// <summary>The Russian order of the examples, in the name of office 2-11.</summary>
    private static JsonObject Order()
    {
        var act = Requests.Example(ActKind.Order, ActLanguage.Ru);
        act["office"]!["name"] = "Прокуратура района Сарыарка города Астаны";
        return act;
    }

    /// <summary>The text of a DOCX's body, tags dropped.</summary>
    private static string DocxText(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return System.Net.WebUtility.HtmlDecode(Tags().Replace(reader.ReadToEnd(), string.Empty));
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}

public sealed class SqliteDraftApiTests : DraftApiTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresDraftApiTests : DraftApiTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
