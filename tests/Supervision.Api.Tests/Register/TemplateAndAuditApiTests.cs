using System.Net;
using System.Text;
using Supervision.Api.Problems;
using Supervision.Api.Register;
using Supervision.Register;

namespace Supervision.Api.Tests.Register;

/// <summary>GET /api/templates/versions, POST /api/templates/publish and GET /api/audit/verify.</summary>
public abstract class TemplateAndAuditApiTests : RegisterApiTestBase
{
    private const string Path = "templates-ru/instruction.sbn";

    [Fact]
    public async Task APublishedTemplateWordsNewActsWhileOlderActsAreReCreatedAsIssued()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var client = await staff.AsAsync(Staff.Reader);
        var before = await staff.IssueAsync(Instruction());
        var live = await GetJsonAsync(client, $"/api/templates/versions/text?path={Uri.EscapeDataString(Path)}");
        var edited = live.GetProperty("text").GetString()!.Replace("ТРЕБУЮ:", "ТРЕБУЮ НЕЗАМЕДЛИТЕЛЬНО:", StringComparison.Ordinal);
        Assert.NotEqual(live.GetProperty("text").GetString(), edited);

        var version = await staff.PublishAsync(Path, edited);
        var after = await staff.IssueAsync(Instruction());
        var versions = await GetJsonAsync(client, $"/api/templates/versions?path={Uri.EscapeDataString(Path)}");

        Assert.Equal((2, "live", Staff.Reader, Staff.SecondEditor), (version.GetProperty("version").GetInt32(), version.GetProperty("state").GetString(), version.GetProperty("proposedBy").GetString(), version.GetProperty("approvedBy").GetString()));
        // The editors by name too (the reader has no patronymic); the shipped wording has no editor.
        Assert.Equal(("Оқырманов Ғалым", "Екінші Ерлан"), (version.GetProperty("proposedByName").GetString(), version.GetProperty("approvedByName").GetString()));
        Assert.Equal(
            ["Оқырманов Ғалым Екінші Ерлан", "shipped - -"],
            versions.EnumerateArray().Select(item => $"{item.GetProperty("publishedByName").GetString() ?? item.GetProperty("publishedBy").GetString() + " -"} {item.GetProperty("approvedByName").GetString() ?? "-"}"));
        Assert.Equal(edited, (await GetJsonAsync(client, $"/api/templates/versions/text?path={Uri.EscapeDataString(Path)}&version=2")).GetProperty("text").GetString());
        Assert.Equal([2, 1], versions.EnumerateArray().Select(item => item.GetProperty("version").GetInt32()));
        Assert.Equal([true, false], versions.EnumerateArray().Select(item => item.GetProperty("isLive").GetBoolean()));
        Assert.Equal(live.GetProperty("text").GetString(), (await GetJsonAsync(client, $"/api/templates/versions/text?path={Uri.EscapeDataString(Path)}&version=1")).GetProperty("text").GetString());
        Assert.Contains(after.GetProperty("templateVersions").EnumerateArray(), use => use.GetProperty("path").GetString() == Path && use.GetProperty("version").GetInt32() == 2);
        Assert.Contains(before.GetProperty("templateVersions").EnumerateArray(), use => use.GetProperty("path").GetString() == Path && use.GetProperty("version").GetInt32() == 1);
        using (var again = await client.GetAsync("/api/acts/issued/1/document?format=pdf", Cancellation))
        {
            Assert.Equal(before.GetProperty("sha256").GetProperty("pdf").GetString(), Sha256(await again.Content.ReadAsByteArrayAsync(Cancellation)));
            Assert.Equal("true", Assert.Single(again.Headers.GetValues(IssuedActsController.MatchesIssuedHeader)));
        }

        var oldHtml = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/api/acts/issued/1/document?format=html", Cancellation));
        var newHtml = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/api/acts/issued/2/document?format=html", Cancellation));
        Assert.DoesNotContain("НЕЗАМЕДЛИТЕЛЬНО", oldHtml, StringComparison.Ordinal);
        Assert.Contains("НЕЗАМЕДЛИТЕЛЬНО", newHtml, StringComparison.Ordinal);
        Assert.NotEqual(before.GetProperty("sha256").GetProperty("pdf").GetString(), after.GetProperty("sha256").GetProperty("pdf").GetString());
    }

    [Fact]
    public async Task AProposalThatDoesNotLintIs422WithFileLineAndColumnAndNothingIsProposed()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var client = await staff.AsAsync(Staff.Reader);
        var text = (await GetJsonAsync(client, $"/api/templates/versions/text?path={Uri.EscapeDataString(Path)}")).GetProperty("text").GetString()!;

        using var broken = await PostJsonAsync(client, "/api/templates/proposals", new { path = Path, text = text + "\n{{ nonsense_field }}\n" });
        using var unchanged = await PostJsonAsync(client, "/api/templates/proposals", new { path = Path, text });
        using var notATemplate = await PostJsonAsync(client, "/api/templates/proposals", new { path = "templates-ru/../secret.sbn", text });
        using var nobody = await PostJsonAsync(client, "/api/templates/proposals", new { path = Path, text, publishedBy = "someone else" });
        using var unknownVersion = await client.GetAsync($"/api/templates/versions/text?path={Uri.EscapeDataString(Path)}&version=7", Cancellation);
        using var unknownFile = await client.GetAsync("/api/templates/versions?path=templates-ru/nothing.sbn", Cancellation);

        var error = Problems.Errors(await Problems.AssertProblem(broken, HttpStatusCode.UnprocessableEntity, ProblemTypes.TemplateInvalid))[0];
        Assert.Equal(Path, error.GetProperty("file").GetString());
        Assert.True(error.GetProperty("line").GetInt32() > 0);
        Assert.True(error.GetProperty("column").GetInt32() > 0);
        Assert.Contains("live version 1 already", (await Problems.AssertProblem(unchanged, HttpStatusCode.UnprocessableEntity, ProblemTypes.TemplateInvalid)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Problems.AssertProblem(notATemplate, HttpStatusCode.UnprocessableEntity, ProblemTypes.TemplateInvalid);
        Assert.Equal("publishedBy", Problems.Errors(await Problems.AssertProblem(nobody, HttpStatusCode.BadRequest, RegisterProblemTypes.RequestUnreadable))[0].GetProperty("path").GetString());
        Assert.Empty((await GetJsonAsync(client, "/api/templates/proposals")).GetProperty("items").EnumerateArray());
        await Problems.AssertProblem(unknownVersion, HttpStatusCode.NotFound, RegisterProblemTypes.TemplateNotFound);
        await Problems.AssertProblem(unknownFile, HttpStatusCode.NotFound, RegisterProblemTypes.TemplateNotFound);
        Assert.Single((await GetJsonAsync(client, $"/api/templates/versions?path={Uri.EscapeDataString(Path)}")).EnumerateArray());
    }

    [Fact]
    public async Task TheAuditTrailHoldsAndARecordChangedBehindTheApplicationsBackIsNamed()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var client = await staff.AsAsync(Staff.Reader);
        api.Clock.Set(new DateTimeOffset(2025, 11, 10, 4, 0, 0, TimeSpan.Zero));
        await staff.IssueAsync(Instruction());
        await staff.IssueAsync(Instruction());
        using var executed = await ChangeStatusAsync(await staff.AsAsync(Staff.Deputy), 1, "executed", "2025-11-03");
        Assert.Equal(HttpStatusCode.OK, executed.StatusCode);

        var holds = await GetJsonAsync(client, "/api/audit/verify");
        var head = holds.GetProperty("headHash").GetString()!;
        var withHead = await GetJsonAsync(client, $"/api/audit/verify?expectedHead={head.ToUpperInvariant()}");
        using var badHead = await client.GetAsync("/api/audit/verify?expectedHead=abc", Cancellation);
        var checkpoint = holds.GetProperty("checkpoint").GetString()!;
        var withCheckpoint = await GetJsonAsync(client, $"/api/audit/verify?checkpoint={Uri.EscapeDataString(checkpoint)}");
        using var forgedCheckpoint = await client.GetAsync($"/api/audit/verify?checkpoint={Uri.EscapeDataString(checkpoint[..^1] + (checkpoint[^1] == '0' ? '1' : '0'))}", Cancellation);
        await api.ExecuteAsync("UPDATE issued_acts SET answer_number = '15-2/999' WHERE id = 1");
        using var broken = await client.GetAsync("/api/audit/verify", Cancellation);

        Assert.True(holds.GetProperty("holds").GetBoolean());
        Assert.Matches("^[0-9a-f]{64}$", head);
        Assert.True(holds.GetProperty("entries").GetInt64() > 3);
        Assert.True(withHead.GetProperty("holds").GetBoolean());
        await Problems.AssertProblem(badHead, HttpStatusCode.BadRequest, ProblemTypes.BadQuery);
        Assert.StartsWith($"supervision-audit-checkpoint v1 {holds.GetProperty("entries").GetInt64()} {head} ", checkpoint, StringComparison.Ordinal);
        Assert.True(withCheckpoint.GetProperty("holds").GetBoolean());
        Assert.Contains("MAC", (await Problems.AssertProblem(forgedCheckpoint, HttpStatusCode.BadRequest, ProblemTypes.BadQuery)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var problem = await Problems.AssertProblem(broken, HttpStatusCode.Conflict, RegisterProblemTypes.AuditBroken);
        Assert.Equal("2-11-25/1", problem.GetProperty("broken").GetProperty("subject").GetString());
        Assert.True(problem.GetProperty("broken").GetProperty("seq").GetInt64() > 0);
        Assert.Equal(holds.GetProperty("entries").GetInt64(), problem.GetProperty("entries").GetInt64());
    }
}

public sealed class SqliteTemplateAndAuditApiTests : TemplateAndAuditApiTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresTemplateAndAuditApiTests : TemplateAndAuditApiTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
