using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Tests.Register;

/// <summary>
/// audit verify against a writer who holds the database (issue 13): he changes a row that decides an act's
/// meaning or number, makes the entries agree, and re-chains the log — with plain SHA-256, having no key, or
/// with a stolen key; verify names the first broken entry.
/// </summary>
public abstract class ForgedRegisterTests : RegisterProviderTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>N shipped (<see cref="ShippedTemplates"/>) templates, then N+1–N+3 issue 2-11-25/1..3, N+4 a status change of the first.</summary>
    private async Task<TestRegister> IssuedAsync()
    {
        var database = await CreateAsync();
        await IssueAsync(database.Register, Example(ActKind.Instruction));
        await IssueAsync(database.Register, Example(ActKind.Instruction));
        await IssueAsync(database.Register, Example(ActKind.Instruction));
        Assert.IsType<StatusOutcome.Changed>(await database.Register.ChangeStatusAsync(1, new StatusChange(ActStatus.Executed, new DateOnly(2025, 10, 17), "15-2/334", "Әбдірахманов Д."), Cancellation));
        Assert.True((await VerifyAsync(database)).Holds);
        return database;
    }

    private static Task<AuditReport> VerifyAsync(TestRegister database) => database.Register.VerifyAuditAsync(cancellationToken: Cancellation);

    /// <summary>Rewrites act 2's demand and its PDF — the kept bytes dropped, as for an act issued before they
    /// were kept, and the hash made the forged PDF's, so that the document endpoint serves the forgery as
    /// matching — and its issue entry (28) to match.</summary>
    private static async Task ForgeDemandAsync(TestRegister database)
    {
        var before = (await database.Register.GetAsync(2, Cancellation))!;
        await database.ExecuteAsync("UPDATE issued_acts SET act_json = REPLACE(act_json, '2025-11-04', '2026-11-04') WHERE id = 2");
        await database.ExecuteAsync("UPDATE issued_documents SET content = NULL WHERE act_id = 2");
        var forgedPdf = (await database.Register.RenderAsync(2, Generation.OutputFormat.Pdf, cancellationToken: Cancellation))!.Document.Sha256;
        await database.ExecuteAsync($"UPDATE issued_documents SET sha256 = '{forgedPdf}' WHERE act_id = 2 AND format = 'pdf'");
        Assert.True((await database.Register.RenderAsync(2, Generation.OutputFormat.Pdf, cancellationToken: Cancellation))!.MatchesIssued);
        var forged = (await database.Register.GetAsync(2, Cancellation))!;
        Assert.NotEqual(before.ActJson, forged.ActJson);
        await ChainForger.RewritePayloadAsync(database, ShippedTemplates.Count + 2, AuditPayloads.Issue(forged));
    }

    /// <summary>Deletes act 2 (2-11-25/2) with its documents and templates, and its issue entry (28).</summary>
    private static async Task DeleteSecondActAndItsEntryAsync(TestRegister database)
    {
        await database.ExecuteAsync("DELETE FROM issued_documents WHERE act_id = 2");
        await database.ExecuteAsync("DELETE FROM issued_templates WHERE act_id = 2");
        await database.ExecuteAsync("DELETE FROM issued_acts WHERE id = 2");
        await database.ExecuteAsync($"DELETE FROM audit_log WHERE seq = {ShippedTemplates.Count + 2}");
    }

    [Fact]
    public async Task AForgedActWithItsHashesAndAPlainRechainIsFoundAtTheFirstEntry()
    {
        await using var database = await IssuedAsync();

        await ForgeDemandAsync(database);
        await ChainForger.RechainAsync(database, stolenKey: null);

        var broken = (await VerifyAsync(database)).Broken!;
        Assert.Equal(1, broken.Seq);
        Assert.Contains("audit key", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AForgedActWithItsEntryButNoRechainIsFoundAtItsEntry()
    {
        await using var database = await IssuedAsync();

        await ForgeDemandAsync(database);

        var broken = (await VerifyAsync(database)).Broken!;
        Assert.Equal(ShippedTemplates.Count + 2, broken.Seq);
        Assert.Contains("does not match its hash", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AForgedActResealedWithAStolenKeyIsFoundByACheckpointKeptBefore()
    {
        await using var database = await IssuedAsync();
        var checkpoint = (await VerifyAsync(database)).Checkpoint!;

        await ForgeDemandAsync(database);
        await ChainForger.RechainAsync(database, database.Register.Store.AuditKey);

        Assert.True((await VerifyAsync(database)).Holds);
        var broken = (await database.Register.VerifyAuditAsync(checkpoint, Cancellation)).Broken!;
        Assert.Equal(ShippedTemplates.Count + 4, broken.Seq);
        Assert.Contains("checkpoint", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASequenceMovedForwardIsFoundAtTheEntryOfTheLastNumber()
    {
        await using var database = await IssuedAsync();

        await database.ExecuteAsync("UPDATE number_sequences SET last_sequence = 500");

        var broken = (await VerifyAsync(database)).Broken!;
        Assert.Equal(ShippedTemplates.Count + 3, broken.Seq);
        Assert.Equal("2-11-25/3", broken.Subject);
        Assert.Contains("numbers 4..500 would be skipped", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASequenceMovedForwardAndBackAgainHolds()
    {
        await using var database = await IssuedAsync();

        await database.ExecuteAsync("UPDATE number_sequences SET last_sequence = 500");
        await database.ExecuteAsync("UPDATE number_sequences SET last_sequence = 3");

        Assert.True((await VerifyAsync(database)).Holds);
    }

    [Fact]
    public async Task ASequenceMovedBackIsFoundAtTheEntryOfTheLastNumber()
    {
        await using var database = await IssuedAsync();

        await database.ExecuteAsync("UPDATE number_sequences SET last_sequence = 1");

        var broken = (await VerifyAsync(database)).Broken!;
        Assert.Equal(ShippedTemplates.Count + 3, broken.Seq);
        Assert.Contains("the next act would take number 2", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGapInNumbersIsFoundWhenTheActAndItsEntryAreDeletedAndTheChainResealed()
    {
        await using var database = await IssuedAsync();

        await DeleteSecondActAndItsEntryAsync(database);
        await ChainForger.RechainAsync(database, database.Register.Store.AuditKey);

        var broken = (await VerifyAsync(database)).Broken!;
        Assert.Equal(ShippedTemplates.Count + 2, broken.Seq);
        Assert.Equal("2-11-25/3", broken.Subject);
        Assert.Contains("number 2 of 2-11-25 is missing", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGapInNumbersRechainedWithoutTheKeyIsFoundAtTheFirstEntry()
    {
        await using var database = await IssuedAsync();

        await DeleteSecondActAndItsEntryAsync(database);
        await ChainForger.RechainAsync(database, stolenKey: null);

        Assert.Equal(1, (await VerifyAsync(database)).Broken!.Seq);
    }

    [Fact]
    public async Task AnOfficeNameRepointedToAnotherIndexIsFoundAtTheFirstActPrintingIt()
    {
        await using var database = await IssuedAsync();

        await database.ExecuteAsync("INSERT INTO offices (code, level) VALUES ('2-12', 'district')");
        await database.ExecuteAsync("UPDATE office_names SET office_code = '2-12' WHERE office_code = '2-11'");

        var broken = (await VerifyAsync(database)).Broken!;
        Assert.Equal(ShippedTemplates.Count + 1, broken.Seq);
        Assert.Contains("re-pointed", broken.Reason, StringComparison.Ordinal);
        Assert.Contains("2-12", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOfficeNameDeletedIsFound()
    {
        await using var database = await IssuedAsync();

        await database.ExecuteAsync("DELETE FROM office_names");

        var broken = (await VerifyAsync(database)).Broken!;
        Assert.Equal(ShippedTemplates.Count + 1, broken.Seq);
        Assert.Contains("missing from the register's office names", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARoleGrantedWithItsEntryRewrittenAndAPlainRechainIsFoundAtTheFirstEntry()
    {
        await using var database = await CreateAsync();
        await Staff.RegisterOfficesAsync(database.Register);
        Assert.IsType<PersonOutcome.Done>(await database.Register.People.AddAsync(Staff.Assistant(PersonRole.Drafter), Staff.Admin, Cancellation));
        var last = (await VerifyAsync(database)).Entries;

        await database.ExecuteAsync("INSERT INTO person_roles (login, role) VALUES ('g.saparova', 'signatory')");
        Assert.Equal(last, (await VerifyAsync(database)).Broken!.Seq);
        await using (var connection = await database.Register.Store.OpenAsync(Cancellation))
        {
            var row = (await PersonRows.FindAsync(connection, null, "g.saparova", Cancellation))!.Value;
            await ChainForger.RewritePayloadAsync(database, last, AuditPayloads.Person(row.Person, row.PasswordHash));
        }

        await ChainForger.RechainAsync(database, stolenKey: null);

        Assert.Equal(1, (await VerifyAsync(database)).Broken!.Seq);
    }
}

public sealed class SqliteForgedRegisterTests : ForgedRegisterTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresForgedRegisterTests : ForgedRegisterTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
