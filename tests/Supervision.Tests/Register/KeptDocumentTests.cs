using Supervision.Acts;
using Supervision.Document;
using Supervision.Generation;
using Supervision.Register;

namespace Supervision.Tests.Register;

/// <summary>
/// The register keeps the issued PDF's bytes: served as issued whatever the renderer does later, checked by
/// audit verify, and kept for acts issued before (the first time they are asked for, or all at once by
/// <c>register keep-documents</c>).
/// </summary>
public abstract class KeptDocumentTests : RegisterProviderTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>A later release's renderer: the same documents, but every PDF it writes ends in one more line.</summary>
    private static byte[] LaterRenderer(ActDocument document, OutputFormat format) =>
        format == OutputFormat.Pdf ? [.. ActGenerator.RenderDocument(document, format), .. "% a later renderer\n"u8] : ActGenerator.RenderDocument(document, format);

    /// <summary>Forgets the kept bytes of every PDF: the register as it was before PDFs were kept.</summary>
    private static Task<int> ForgetKeptBytesAsync(TestRegister database, string where = "1 = 1") =>
        database.ExecuteAsync($"UPDATE issued_documents SET content = NULL WHERE {where}");

    [Fact]
    public async Task ThePdfIsServedAsIssuedAfterTheRendererChanges()
    {
        await using var database = await CreateAsync();
        var outcome = Assert.IsType<IssueOutcome.Issued>(await database.Register.IssueAsync(new IssueRequest(Example(ActKind.Instruction), Issuer, Office), Cancellation));
        var issuedPdf = Assert.Single(outcome.Documents).Content;
        var older = await IssueAsync(database.Register, Example(ActKind.Order));
        await ForgetKeptBytesAsync(database, $"act_id = {older.Id}");

        database.Register.Typeset = LaterRenderer;
        var served = (await database.Register.RenderAsync(outcome.Act.Id, OutputFormat.Pdf, cancellationToken: Cancellation))!;
        var reCreated = (await database.Register.RenderAsync(older.Id, OutputFormat.Pdf, cancellationToken: Cancellation))!;

        Assert.True(served.IsKept);
        Assert.True(served.MatchesIssued);
        Assert.Equal(issuedPdf, served.Document.Content);
        Assert.Equal(outcome.Act.Sha256[OutputFormat.Pdf], served.Document.Sha256);
        // The change is real: an act whose PDF is not kept comes out of the later renderer with other bytes, and is not kept.
        Assert.False(reCreated.IsKept);
        Assert.False(reCreated.MatchesIssued);
        Assert.EndsWith("% a later renderer\n", System.Text.Encoding.Latin1.GetString(reCreated.Document.Content), StringComparison.Ordinal);
        Assert.Equal(0, await database.CountAsync($"SELECT COUNT(*) FROM issued_documents WHERE act_id = {older.Id} AND content IS NOT NULL"));
    }

    [Fact]
    public async Task AtIssueOnlyThePdfIsRenderedAndKeptWithItsHash()
    {
        await using var database = await CreateAsync();

        var outcome = Assert.IsType<IssueOutcome.Issued>(await database.Register.IssueAsync(new IssueRequest(Example(ActKind.Protest, ActLanguage.Kk), Issuer, Office), Cancellation));

        var pdf = Assert.Single(outcome.Documents);
        Assert.Equal(OutputFormat.Pdf, pdf.Format);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf.Content, 0, 5), StringComparison.Ordinal);
        Assert.Equal("pdf", await database.TextAsync("SELECT format FROM issued_documents"));
        Assert.Equal(pdf.Sha256, await database.TextAsync("SELECT sha256 FROM issued_documents"));
        Assert.Equal(pdf.Content.Length, await database.CountAsync("SELECT LENGTH(content) FROM issued_documents"));
        Assert.Equal(pdf.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf.Content)));
        var docx = (await database.Register.RenderAsync(outcome.Act.Id, OutputFormat.Docx, cancellationToken: Cancellation))!;
        Assert.Null(docx.MatchesIssued);
        Assert.Contains("2-11-25/1", Rendering.Docx.DocxText.Of(docx.Document.Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnActIssuedBeforePdfsWereKeptHasItsPdfKeptTheFirstTimeItIsAsked()
    {
        await using var database = await CreateAsync();
        var act = await IssueAsync(database.Register, Example(ActKind.Instruction));
        await ForgetKeptBytesAsync(database);
        var entries = await database.CountAsync("SELECT COUNT(*) FROM audit_log");

        var first = (await database.Register.RenderAsync(act.Id, OutputFormat.Pdf, cancellationToken: Cancellation))!;
        var second = (await database.Register.RenderAsync(act.Id, OutputFormat.Pdf, cancellationToken: Cancellation))!;

        Assert.False(first.IsKept);
        Assert.True(first.MatchesIssued);
        Assert.True(second.IsKept);
        Assert.True(second.MatchesIssued);
        Assert.Equal(first.Document.Content, second.Document.Content);
        Assert.Equal(first.Document.Content.Length, await database.CountAsync("SELECT LENGTH(content) FROM issued_documents"));
        // The bytes have the hash the issue entry records: no entry is added, and the chain still holds.
        Assert.Equal(entries, await database.CountAsync("SELECT COUNT(*) FROM audit_log"));
        Assert.True((await database.Register.VerifyAuditAsync(cancellationToken: Cancellation)).Holds);
    }

    [Fact]
    public async Task AnActWhosePdfAnEarlierReleaseWroteIsRecognisedByTheWayThatReleaseWroteItAndKept()
    {
        await using var database = await CreateAsync();
        var act = await IssueAsync(database.Register, Example(ActKind.Instruction));
        await ForgetKeptBytesAsync(database);

        // Played the other way round: today's renderer writes other bytes, and the renderer "as before" is the
        // one this act was issued with. The act is re-created both ways, matches the second and is kept.
        database.Register.Typeset = LaterRenderer;
        database.Register.TypesetAsBefore = ActGenerator.RenderDocument;
        var first = (await database.Register.RenderAsync(act.Id, OutputFormat.Pdf, cancellationToken: Cancellation))!;
        var second = (await database.Register.RenderAsync(act.Id, OutputFormat.Pdf, cancellationToken: Cancellation))!;

        Assert.False(first.IsKept);
        Assert.True(first.MatchesIssued);
        Assert.DoesNotContain("% a later renderer", System.Text.Encoding.Latin1.GetString(first.Document.Content), StringComparison.Ordinal);
        Assert.True(second.IsKept);
        Assert.Equal(first.Document.Content, second.Document.Content);
        Assert.True((await database.Register.VerifyAuditAsync(cancellationToken: Cancellation)).Holds);
    }

    [Fact]
    public async Task AKeptPdfChangedBehindTheBackIsRefusedAndAuditVerifyNamesTheAct()
    {
        await using var database = await CreateAsync();
        await IssueAsync(database.Register, Example(ActKind.Instruction));
        var second = await IssueAsync(database.Register, Example(ActKind.Instruction));
        Assert.True((await database.Register.VerifyAuditAsync(cancellationToken: Cancellation)).Holds);

        // The second act's PDF swapped for the first's: a real PDF, of another act.
        await database.ExecuteAsync("UPDATE issued_documents SET content = (SELECT content FROM issued_documents WHERE act_id = 1) WHERE act_id = 2");

        var served = (await database.Register.RenderAsync(second.Id, OutputFormat.Pdf, cancellationToken: Cancellation))!;
        var broken = (await database.Register.VerifyAuditAsync(cancellationToken: Cancellation)).Broken!;

        Assert.True(served.IsKept);
        Assert.False(served.MatchesIssued);
        Assert.Equal(ShippedTemplates.Count + 2, broken.Seq);
        Assert.Equal("2-11-25/2", broken.Subject);
        Assert.Contains("pdf kept for act 2-11-25/2", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeepDocumentsKeepsTheOldActsPdfsAndNamesThoseThatDiffer()
    {
        await using var database = await CreateAsync();
        for (var i = 0; i < 3; i++)
        {
            await IssueAsync(database.Register, Example(ActKind.Instruction));
        }

        await ForgetKeptBytesAsync(database, "act_id <> 2");
        var keptAlready = await database.TextAsync("SELECT sha256 FROM issued_documents WHERE act_id = 2");
        // Act 3's JSON edited behind the back: its PDF re-created differs from the one issued.
        await database.ExecuteAsync("UPDATE issued_acts SET act_json = REPLACE(act_json, '2025-11-04', '2025-12-04') WHERE id = 3");

        var run = database.Cli("register", "keep-documents", "--db", database.Connection);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("not kept: 2-11-25/3 (id 3): its pdf re-created with SHA-256 ", run.OutputLines[0], StringComparison.Ordinal);
        Assert.Equal("kept the pdf of 1 act(s); 1 not kept", run.OutputLines[^1]);
        Assert.Equal(2, run.OutputLines.Length);
        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM issued_documents WHERE act_id = 1 AND content IS NOT NULL"));
        Assert.Equal(keptAlready, await database.TextAsync("SELECT sha256 FROM issued_documents WHERE act_id = 2 AND content IS NOT NULL"));
        Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM issued_documents WHERE act_id = 3 AND content IS NOT NULL"));
        var kept = (await database.Register.RenderAsync(1, OutputFormat.Pdf, cancellationToken: Cancellation))!;
        Assert.True(kept.IsKept);
        Assert.True(kept.MatchesIssued);

        await database.ExecuteAsync("UPDATE issued_acts SET act_json = REPLACE(act_json, '2025-12-04', '2025-11-04') WHERE id = 3");
        var again = database.Cli("register", "keep-documents", "--db", database.Connection);

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(["kept the pdf of 1 act(s); 0 not kept"], again.OutputLines);
        Assert.Equal(3, await database.CountAsync("SELECT COUNT(*) FROM issued_documents WHERE content IS NOT NULL"));
        Assert.True((await database.Register.VerifyAuditAsync(cancellationToken: Cancellation)).Holds);
    }
}

public sealed class SqliteKeptDocumentTests : KeptDocumentTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;

    /// <summary>
    /// Audit verify streams each kept PDF through an incremental blob opened by its row's <c>rowid</c>. A rowid
    /// is not the act's id (VACUUM may renumber the rows of a table keyed by act and format): each PDF must still
    /// be read from its own row, and a PDF swapped for another act's still named.
    /// </summary>
    [Fact]
    public async Task AuditVerifyReadsEachKeptPdfFromItsOwnRowWhateverItsRowid()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var database = await CreateAsync();
        for (var i = 0; i < 3; i++)
        {
            await IssueAsync(database.Register, Example(ActKind.Instruction));
        }

        Assert.Equal(3, await database.ExecuteAsync("UPDATE issued_documents SET rowid = 10 - rowid"));
        Assert.Equal(9, await database.CountAsync("SELECT rowid FROM issued_documents WHERE act_id = 1"));
        Assert.True((await database.Register.VerifyAuditAsync(cancellationToken: cancellation)).Holds);

        await database.ExecuteAsync("UPDATE issued_documents SET content = (SELECT content FROM issued_documents WHERE act_id = 3) WHERE act_id = 2");
        var broken = (await database.Register.VerifyAuditAsync(cancellationToken: cancellation)).Broken!;

        Assert.Equal("2-11-25/2", broken.Subject);
        Assert.Contains("pdf kept for act 2-11-25/2", broken.Reason, StringComparison.Ordinal);
    }
}

public sealed class PostgresKeptDocumentTests : KeptDocumentTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
