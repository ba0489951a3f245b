using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Acts;
using Supervision.Api.Problems;
using Supervision.Api.Register;
using Supervision.Generation;
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
        // The PDF is hashed and kept at issue, and served as issued.
        var pdfSha256 = issued.GetProperty("sha256").GetProperty("pdf").GetString()!;
        Assert.Matches("^[0-9a-f]{64}$", pdfSha256);
        using (var pdf = await client.GetAsync(issued.GetProperty("links").GetProperty("pdf").GetString(), Cancellation))
        {
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            Assert.Equal(pdfSha256, Sha256(await pdf.Content.ReadAsByteArrayAsync(Cancellation)));
            Assert.Equal("true", Assert.Single(pdf.Headers.GetValues(IssuedActsController.MatchesIssuedHeader)));
            Assert.Equal(pdfSha256, Assert.Single(pdf.Headers.GetValues(IssuedActsController.ContentSha256Header)));
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
            Assert.Contains("instruction-2-11-25-1-2025-10-14.pdf", pdf.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        }

        // The DOCX and HTML are not hashed at issue: re-created when asked, with no X-Matches-Issued.
        foreach (var format in new[] { "docx", "html" })
        {
            Assert.Equal(JsonValueKind.Null, issued.GetProperty("sha256").GetProperty(format).ValueKind);
            using var document = await client.GetAsync(issued.GetProperty("links").GetProperty(format).GetString(), Cancellation);
            var bytes = await document.Content.ReadAsByteArrayAsync(Cancellation);

            Assert.Equal(HttpStatusCode.OK, document.StatusCode);
            Assert.False(document.Headers.Contains(IssuedActsController.MatchesIssuedHeader));
            Assert.Equal(Sha256(bytes), Assert.Single(document.Headers.GetValues(IssuedActsController.ContentSha256Header)));
            Assert.Contains($"instruction-2-11-25-1-2025-10-14.{format}", document.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
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
    public async Task AKeptPdfThatNoLongerMatchesItsHashIs409UnlessAskedForAllTheSame()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var client = await staff.AsAsync(Staff.Reader);
        var issued = await staff.IssueAsync(Instruction());
        var other = await staff.IssueAsync(Instruction());
        // The first act's kept PDF swapped for the second's behind the application's back.
        await api.ExecuteAsync("UPDATE issued_documents SET content = (SELECT content FROM issued_documents WHERE act_id = 2) WHERE act_id = 1");

        using var refused = await client.GetAsync("/api/acts/issued/1/document?format=pdf", Cancellation);
        using var served = await client.GetAsync("/api/acts/issued/1/document?format=pdf&allowMismatch=true", Cancellation);
        var problem = await Problems.AssertProblem(refused, HttpStatusCode.Conflict, RegisterProblemTypes.DocumentMismatch);

        Assert.Equal("false", Assert.Single(refused.Headers.GetValues(IssuedActsController.MatchesIssuedHeader)));
        Assert.Equal(issued.GetProperty("sha256").GetProperty("pdf").GetString(), problem.GetProperty("issuedSha256").GetString());
        Assert.Equal(other.GetProperty("sha256").GetProperty("pdf").GetString(), problem.GetProperty("renderedSha256").GetString());
        Assert.Contains("kept in the register", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("false", Assert.Single(served.Headers.GetValues(IssuedActsController.MatchesIssuedHeader)));
        Assert.Equal(problem.GetProperty("renderedSha256").GetString(), Sha256(await served.Content.ReadAsByteArrayAsync(Cancellation)));
    }

    [Fact]
    public async Task ThePdfIsServedAsIssuedAfterTheRendererChangesWhileAnOldActsIsComparedAndKept()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var client = await staff.AsAsync(Staff.Reader);
        var issued = await staff.IssueAsync(Instruction());
        using var atIssue = await client.GetAsync("/api/acts/issued/1/document?format=pdf", Cancellation);
        var issuedBytes = await atIssue.Content.ReadAsByteArrayAsync(Cancellation);
        await staff.IssueAsync(Instruction());
        // The second act as one issued before PDFs were kept: a hash, no bytes.
        await api.ExecuteAsync("UPDATE issued_documents SET content = NULL WHERE act_id = 2");
        using var oldAct = await client.GetAsync("/api/acts/issued/2/document?format=pdf", Cancellation);
        Assert.Equal(1, await api.CountAsync("SELECT COUNT(*) FROM issued_documents WHERE act_id = 2 AND content IS NOT NULL"));
        await api.ExecuteAsync("UPDATE issued_documents SET content = NULL WHERE act_id = 2");

        // A later release whose renderer writes other bytes for the same act.
        var register = await api.Services.GetRequiredService<RegisterHost>().GetAsync(Cancellation);
        register.Typeset = (document, format) => format == OutputFormat.Pdf ? [.. ActGenerator.RenderDocument(document, format), .. "% a later renderer\n"u8] : ActGenerator.RenderDocument(document, format);
        using var served = await client.GetAsync("/api/acts/issued/1/document?format=pdf", Cancellation);
        using var reCreated = await client.GetAsync("/api/acts/issued/2/document?format=pdf", Cancellation);

        Assert.Equal(HttpStatusCode.OK, oldAct.StatusCode);
        Assert.Equal("true", Assert.Single(oldAct.Headers.GetValues(IssuedActsController.MatchesIssuedHeader)));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(issuedBytes, await served.Content.ReadAsByteArrayAsync(Cancellation));
        Assert.Equal(issued.GetProperty("sha256").GetProperty("pdf").GetString(), Sha256(issuedBytes));
        Assert.Equal("true", Assert.Single(served.Headers.GetValues(IssuedActsController.MatchesIssuedHeader)));
        await Problems.AssertProblem(reCreated, HttpStatusCode.Conflict, RegisterProblemTypes.DocumentMismatch);
        Assert.Equal("false", Assert.Single(reCreated.Headers.GetValues(IssuedActsController.MatchesIssuedHeader)));
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
