using System.Net;
using System.Text.Json;
using Supervision.Acts;
using Supervision.Api.Idempotency;
using Supervision.Register;

namespace Supervision.Api.Tests.Register.Idempotency;

/// <summary>
/// Issue 13, point 3: signing, approving and status changes sent with an <c>Idempotency-Key</c> are done once;
/// a retry gets the first answer byte for byte (marked <c>Idempotency-Replayed: true</c>), the same key with
/// another request is 422, a malformed key 400, a duplicate still running 409.
/// </summary>
public abstract class IdempotencyApiTests : RegisterApiTestBase
{
    [Fact]
    public async Task ASignatureRetriedWithItsKeyGetsTheFirstAnswerAgainAndIssuesOneAct()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var id = await staff.DraftAsync(Instruction(), Staff.Drafter, Staff.Deputy);
        var deputy = await staff.AsAsync(Staff.Deputy);

        var first = await KeyedAnswer.PostAsync(deputy, $"/api/drafts/{id}/sign", KeyedAnswer.Quoted("sign-1"), cancellation: Cancellation);
        var retry = await KeyedAnswer.PostAsync(deputy, $"/api/drafts/{id}/sign", KeyedAnswer.Quoted("sign-1"), cancellation: Cancellation);

        Assert.True(first.Status == HttpStatusCode.OK, first.Body);
        Assert.Equal("issued", JsonDocument.Parse(first.Body).RootElement.GetProperty("state").GetString());
        Assert.False(first.Replayed);
        Assert.True(retry.Replayed);
        Assert.True(retry.SameAs(first), $"the retry answered {retry}, the first {first}");
        Assert.Equal(1, await api.CountAsync("SELECT COUNT(*) FROM issued_acts"));
        Assert.Equal(1, await api.CountAsync("SELECT COUNT(*) FROM audit_log WHERE action = 'sign'"));
        Assert.Equal(1, await api.CountAsync("SELECT COUNT(*) FROM idempotency_records WHERE operation = 'sign' AND status_code = 200"));
        Assert.Equal(1, await api.CountAsync("SELECT COUNT(*) FROM audit_log WHERE action = 'remember-answer' AND subject = 'answer sign-1'"));
        Assert.True((await GetJsonAsync(await staff.AsAsync(Staff.Reader), "/api/audit/verify")).GetProperty("holds").GetBoolean());
    }

    [Fact]
    public async Task AnApprovalRetriedWithItsKeyIssuesTheConclusionOnce()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var act = Requests.Example(ActKind.Conclusion, ActLanguage.Ru);
        act["office"]!["name"] = "Прокуратура района Сарыарка города Астаны";
        var id = await staff.DraftAsync(act, Staff.Drafter, Staff.AssistantSignatory);
        var head = await staff.AsAsync(Staff.Head);

        // An approval refused (the draft is not signed yet) is not remembered: the same key approves it once signed.
        var early = await KeyedAnswer.PostAsync(head, $"/api/drafts/{id}/approve", "approve-7", cancellation: Cancellation);
        await Staff.SendAsync(await staff.AsAsync(Staff.AssistantSignatory), HttpMethod.Post, $"/api/drafts/{id}/sign", null);
        var first = await KeyedAnswer.PostAsync(head, $"/api/drafts/{id}/approve", "approve-7", cancellation: Cancellation);
        var retry = await KeyedAnswer.PostAsync(head, $"/api/drafts/{id}/approve", "approve-7", cancellation: Cancellation);

        Assert.Equal(HttpStatusCode.Conflict, early.Status);
        Assert.True(first.Status == HttpStatusCode.OK, first.Body);
        Assert.True(retry.Replayed && retry.SameAs(first), $"the retry answered {retry}, the first {first}");
        Assert.Equal(1, await api.CountAsync("SELECT COUNT(*) FROM issued_acts"));
        Assert.Equal(1, await api.CountAsync("SELECT COUNT(*) FROM audit_log WHERE action = 'approve'"));
    }

    [Fact]
    public async Task AStatusChangeRetriedWithItsKeyIsOneChangeAndTheKeyWithAnotherBodyIs422()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var issued = await staff.IssueAsync(Instruction());
        api.Clock.Set(new DateTimeOffset(2025, 11, 10, 4, 0, 0, TimeSpan.Zero));
        var path = $"/api/acts/issued/{issued.GetProperty("id").GetInt64()}/status";
        var deputy = await staff.AsAsync(Staff.Deputy);
        const string Answered = """{"status":"answered","answerDate":"2025-11-03","answerNumber":"15-2/330"}""";
        const string Executed = """{"status":"executed","answerDate":"2025-11-03","answerNumber":"15-2/331"}""";

        var first = await KeyedAnswer.PostAsync(deputy, path, "status-1", Answered, Cancellation);
        var retry = await KeyedAnswer.PostAsync(deputy, path, "status-1", Answered, Cancellation);
        var otherBody = await KeyedAnswer.PostAsync(deputy, path, "status-1", Executed, Cancellation);

        Assert.True(first.Status == HttpStatusCode.OK, first.Body);
        Assert.True(retry.Replayed && retry.SameAs(first), $"the retry answered {retry}, the first {first}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherBody.Status);
        var problem = JsonDocument.Parse(otherBody.Body).RootElement;
        Assert.Equal(IdempotencyProblems.KeyReused, problem.GetProperty("type").GetString());
        Assert.Contains("Idempotency-Key", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await api.CountAsync("SELECT COUNT(*) FROM audit_log WHERE action = 'status'"));
        Assert.Equal(1, await api.CountAsync("SELECT COUNT(*) FROM issued_acts WHERE status = 'answered'"));
    }

    [Fact]
    public async Task TheSameKeyOnAnotherDraftIs422AndSignsNothingWhileAnotherPersonsKeyIsHisOwn()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var one = await staff.DraftAsync(Instruction(), Staff.Drafter, Staff.Deputy);
        var two = await staff.DraftAsync(Instruction(), Staff.Drafter, Staff.Deputy);
        var three = await staff.DraftAsync(Instruction(otherProsecutor: true), Staff.Drafter, Staff.Head);
        var deputy = await staff.AsAsync(Staff.Deputy);

        var first = await KeyedAnswer.PostAsync(deputy, $"/api/drafts/{one}/sign", "k", cancellation: Cancellation);
        var reused = await KeyedAnswer.PostAsync(deputy, $"/api/drafts/{two}/sign", "k", cancellation: Cancellation);
        var byHead = await KeyedAnswer.PostAsync(await staff.AsAsync(Staff.Head), $"/api/drafts/{three}/sign", "k", cancellation: Cancellation);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.True(byHead.Status == HttpStatusCode.OK && !byHead.Replayed, byHead.Body);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.Status);
        Assert.Equal("application/problem+json", reused.ContentType);
        Assert.Equal(IdempotencyProblems.KeyReused, JsonDocument.Parse(reused.Body).RootElement.GetProperty("type").GetString());
        Assert.Equal(2, await api.CountAsync("SELECT COUNT(*) FROM issued_acts"));
        Assert.Equal(1, await api.CountAsync($"SELECT COUNT(*) FROM drafts WHERE id = {two} AND state = 'submitted'"));
    }

    [Theory]
    [InlineData("\"\"", "empty")]
    [InlineData("\"a\\b\"", "backslash")]
    [InlineData("ключ-1", "U+043A at position 1")]
    [InlineData("a\u0007b", "U+0007 at position 2")]
    public async Task AMalformedKeyIs400NamingTheHeaderAndSignsNothing(string key, string why)
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var id = await staff.DraftAsync(Instruction(), Staff.Drafter, Staff.Deputy);

        var answer = await KeyedAnswer.PostAsync(await staff.AsAsync(Staff.Deputy), $"/api/drafts/{id}/sign", key, cancellation: Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        var problem = JsonDocument.Parse(answer.Body).RootElement;
        Assert.Equal(IdempotencyProblems.KeyMalformed, problem.GetProperty("type").GetString());
        Assert.StartsWith("Idempotency-Key: ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(why, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await api.CountAsync("SELECT COUNT(*) FROM issued_acts"));
    }

    [Fact]
    public async Task AKeyOfMoreThan255CharactersIs400()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var id = await staff.DraftAsync(Instruction(), Staff.Drafter, Staff.Deputy);
        var deputy = await staff.AsAsync(Staff.Deputy);

        var tooLong = await KeyedAnswer.PostAsync(deputy, $"/api/drafts/{id}/sign", new string('k', 256), cancellation: Cancellation);
        var longest = await KeyedAnswer.PostAsync(deputy, $"/api/drafts/{id}/sign", new string('k', 255), cancellation: Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.Status);
        Assert.Contains("256 characters long; at most 255", tooLong.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, longest.Status);
    }

    [Fact]
    public async Task ConcurrentRequestsWithOneKeyIssueOneActAndEachGetsTheFirstAnswerOr409()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var id = await staff.DraftAsync(Instruction(), Staff.Drafter, Staff.Deputy);
        var deputy = await staff.AsAsync(Staff.Deputy);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var calls = Enumerable.Range(0, 8).Select(async _ =>
        {
            await start.Task;
            return await KeyedAnswer.PostAsync(deputy, $"/api/drafts/{id}/sign", "same", cancellation: Cancellation);
        }).ToList();
        start.SetResult();
        var answers = await Task.WhenAll(calls);

        var done = Assert.Single(answers, answer => answer.Status == HttpStatusCode.OK && !answer.Replayed);
        Assert.All(answers.Where(answer => answer.Status == HttpStatusCode.OK), answer => Assert.True(answer.SameAs(done)));
        Assert.All(
            answers.Where(answer => answer.Status != HttpStatusCode.OK),
            answer => Assert.Equal((HttpStatusCode.Conflict, IdempotencyProblems.KeyInProgress), (answer.Status, JsonDocument.Parse(answer.Body).RootElement.GetProperty("type").GetString())));
        Assert.Equal(1, await api.CountAsync("SELECT COUNT(*) FROM issued_acts"));
    }

    [Fact]
    public async Task ASignatureCutAtTheCommitIsDoneOnceWhenRetriedWithItsKey()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var id = await staff.DraftAsync(Instruction(), Staff.Drafter, Staff.Deputy);
        var deputy = await staff.AsAsync(Staff.Deputy);
        var register = await Sessions.RegisterAsync(api);
        register.IssueFault = stage => stage == IssueStage.BeforeCommit ? throw new IOException("power cut before the commit") : ValueTask.CompletedTask;

        var cut = await KeyedAnswer.PostAsync(deputy, $"/api/drafts/{id}/sign", "cut", cancellation: Cancellation);
        var storedAfterCut = (await api.CountAsync("SELECT COUNT(*) FROM issued_acts"), await api.CountAsync("SELECT COUNT(*) FROM idempotency_records"));
        register.IssueFault = null;
        var retry = await KeyedAnswer.PostAsync(deputy, $"/api/drafts/{id}/sign", "cut", cancellation: Cancellation);
        var again = await KeyedAnswer.PostAsync(deputy, $"/api/drafts/{id}/sign", "cut", cancellation: Cancellation);

        Assert.NotEqual(HttpStatusCode.OK, cut.Status);
        Assert.Equal((0L, 0L), storedAfterCut);
        Assert.True(retry.Status == HttpStatusCode.OK && !retry.Replayed, retry.Body);
        Assert.Equal("2-11-25/1", JsonDocument.Parse(retry.Body).RootElement.GetProperty("registrationNumber").GetString());
        Assert.True(again.Replayed && again.SameAs(retry));
        Assert.Equal(1, await api.CountAsync("SELECT COUNT(*) FROM issued_acts"));
    }

    [Fact]
    public async Task TheOpenApiDocumentListsTheKeyOnTheThreeWrites()
    {
        await using var api = await CreateAsync();
        using var client = api.CreateClient();

        var paths = (await GetJsonAsync(client, "/openapi/v1.json")).GetProperty("paths");

        foreach (var path in new[] { "/api/drafts/{id}/sign", "/api/drafts/{id}/approve", "/api/acts/issued/{id}/status" })
        {
            var operation = paths.GetProperty(path).GetProperty("post");
            Assert.Contains(operation.GetProperty("parameters").EnumerateArray(), parameter => parameter.GetProperty("name").GetString() == "Idempotency-Key" && parameter.GetProperty("in").GetString() == "header");
            Assert.True(operation.GetProperty("responses").GetProperty("200").GetProperty("headers").TryGetProperty("Idempotency-Replayed", out _), path);
        }

        Assert.False(paths.GetProperty("/api/drafts/{id}/return").GetProperty("post").TryGetProperty("parameters", out var returnParameters)
            && returnParameters.EnumerateArray().Any(parameter => parameter.GetProperty("name").GetString() == "Idempotency-Key"));
    }
}

public sealed class SqliteIdempotencyApiTests : IdempotencyApiTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresIdempotencyApiTests : IdempotencyApiTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
