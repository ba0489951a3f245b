using System.Net;
using Supervision.Acts;
using Supervision.Api.Problems;
using Supervision.Api.Register;
using Supervision.Register;

namespace Supervision.Api.Tests.Register;

/// <summary>Acts issued by signing drafts: GET /api/acts/issued/{id} and its documents.</summary>
public abstract class IssueApiTests : RegisterApiTestBase
{
    [Fact]
    public async Task ASignedDraftIsIssuedWithTheNumberTheHashesTheTermAndLinks()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var client = await staff.AsAsync(Staff.Reader);

        var issued = await staff.IssueAsync(Instruction());

        Assert.Equal(1, issued.GetProperty("id").GetInt64());
        Assert.Equal("2-11-25/1", issued.GetProperty("registrationNumber").GetString());
        Assert.Equal("2025-11-04", issued.GetProperty("dueDate").GetString());
        Assert.Equal(Staff.Deputy, issued.GetProperty("issuedBy").GetString());
        Assert.Contains(issued.GetProperty("templateVersions").EnumerateArray(), use => use.GetProperty("path").GetString() == "templates-ru/instruction.sbn" && use.GetProperty("version").GetInt32() == 1);
        foreach (var format in new[] { "docx", "pdf", "html" })
        {
            var sha256 = issued.GetProperty("sha256").GetProperty(format).GetString()!;
            Assert.Matches("^[0-9a-f]{64}$", sha256);
            using var document = await client.GetAsync(issued.GetProperty("links").GetProperty(format).GetString(), Cancellation);
            var bytes = await document.Content.ReadAsByteArrayAsync(Cancellation);

            Assert.Equal(HttpStatusCode.OK, document.StatusCode);
            Assert.Equal(sha256, Sha256(bytes));
            Assert.Equal("true", Assert.Single(document.Headers.GetValues(IssuedActsController.MatchesIssuedHeader)));
            Assert.Equal(sha256, Assert.Single(document.Headers.GetValues(IssuedActsController.ContentSha256Header)));
            Assert.Contains("instruction-2-11-25-1-2025-10-14", document.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheRecordOfAnIssuedActHoldsTheActAsIssuedWithItsNumber()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var client = await staff.AsAsync(Staff.Reader);
        var issued = await staff.IssueAsync(Instruction(language: ActLanguage.Kk));

        var record = await GetJsonAsync(client, issued.GetProperty("links").GetProperty("self").GetString()!);

        Assert.Equal("2-11-25/1", record.GetProperty("act").GetProperty("number").GetString());
        Assert.Equal("kk", record.GetProperty("act").GetProperty("language").GetString());
        Assert.Equal(("instruction", "kk", "issued", 2025, 1), (record.GetProperty("kind").GetString(), record.GetProperty("language").GetString(), record.GetProperty("status").GetString(), record.GetProperty("year").GetInt32(), record.GetProperty("sequence").GetInt32()));
        Assert.Equal("Әбдірахманов Даурен Қайратұлы", record.GetProperty("prosecutor").GetString());
        Assert.Equal(issued.GetProperty("sha256").GetRawText(), record.GetProperty("sha256").GetRawText());
        Assert.Equal(issued.GetProperty("templateVersions").GetRawText(), record.GetProperty("templateVersions").GetRawText());
        Assert.Equal("2025-10-20T06:00:00+00:00", record.GetProperty("issuedAt").GetString());
    }

    [Fact]
    public async Task AnUnknownIdIs404AndAWrongFormatOrVariantIs400Or422()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var client = await staff.AsAsync(Staff.Reader);
        await staff.IssueAsync(Instruction());

        using var unknown = await client.GetAsync("/api/acts/issued/99", Cancellation);
        using var notAnId = await client.GetAsync("/api/acts/issued/first/document?format=docx", Cancellation);
        using var noFormat = await client.GetAsync("/api/acts/issued/1/document", Cancellation);
        using var courtCopy = await client.GetAsync("/api/acts/issued/1/document?format=docx&variant=court-copy", Cancellation);
        using var text = await client.GetAsync("/api/acts/issued/1/document?format=text", Cancellation);

        await Problems.AssertProblem(unknown, HttpStatusCode.NotFound, RegisterProblemTypes.IssuedActNotFound);
        await Problems.AssertProblem(notAnId, HttpStatusCode.NotFound, RegisterProblemTypes.IssuedActNotFound);
        await Problems.AssertProblem(noFormat, HttpStatusCode.BadRequest, ProblemTypes.BadQuery);
        await Problems.AssertProblem(courtCopy, HttpStatusCode.UnprocessableEntity, ProblemTypes.VariantNotApplicable);
        Assert.Equal(HttpStatusCode.OK, text.StatusCode);
        Assert.False(text.Headers.Contains(IssuedActsController.MatchesIssuedHeader));
        Assert.Contains("2-11-25/1", await text.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADocumentThatNoLongerMatchesItsHashIs409UnlessAskedForAllTheSame()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var client = await staff.AsAsync(Staff.Reader);
        var issued = await staff.IssueAsync(Instruction());
        await api.ExecuteAsync("UPDATE issued_acts SET act_json = REPLACE(act_json, 'Сарыарка', 'Есіл') WHERE id = 1");

        using var refused = await client.GetAsync("/api/acts/issued/1/document?format=docx", Cancellation);
        using var served = await client.GetAsync("/api/acts/issued/1/document?format=docx&allowMismatch=true", Cancellation);
        var problem = await Problems.AssertProblem(refused, HttpStatusCode.Conflict, RegisterProblemTypes.DocumentMismatch);

        Assert.Equal("false", Assert.Single(refused.Headers.GetValues(IssuedActsController.MatchesIssuedHeader)));
        Assert.Equal(issued.GetProperty("sha256").GetProperty("docx").GetString(), problem.GetProperty("issuedSha256").GetString());
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("false", Assert.Single(served.Headers.GetValues(IssuedActsController.MatchesIssuedHeader)));
        Assert.Equal(problem.GetProperty("renderedSha256").GetString(), Sha256(await served.Content.ReadAsByteArrayAsync(Cancellation)));
    }
}

public sealed class SqliteIssueApiTests : IssueApiTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresIssueApiTests : IssueApiTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
