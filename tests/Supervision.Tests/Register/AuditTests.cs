using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Tests.Register;

public abstract class AuditTests : RegisterProviderTests
{
    /// <summary>A register with three acts, a status change and a template publication: N shipped (<see cref="ShippedTemplates"/>)
    /// templates, then entries N+1–N+3 issue, N+4 status, N+5 publish.</summary>
    private async Task<TestRegister> BusyRegisterAsync()
    {
        var database = await CreateAsync();
        var cancellation = TestContext.Current.CancellationToken;
        await IssueAsync(database.Register, Example(ActKind.Instruction));
        await IssueAsync(database.Register, Example(ActKind.Instruction));
        await IssueAsync(database.Register, Example(ActKind.Instruction));
        Assert.IsType<StatusOutcome.Changed>(await database.Register.ChangeStatusAsync(1, new StatusChange(ActStatus.Executed, new DateOnly(2025, 10, 17), "15-2/334", "Әбдірахманов Д."), cancellation));
        var text = await database.Register.TemplateTextAsync("templates-ru/instruction.sbn", cancellationToken: cancellation);
        Assert.IsType<PublishOutcome.Published>(await database.Register.PublishTemplateAsync("templates-ru/instruction.sbn", text!.Replace("ТРЕБУЮ:", "ТРЕБУЮ НЕЗАМЕДЛИТЕЛЬНО:", StringComparison.Ordinal), "editor", cancellation));
        return database;
    }

    private static async Task<AuditReport> VerifyAsync(TestRegister database, string? head = null) =>
        await database.Register.VerifyAuditAsync(head, TestContext.Current.CancellationToken);

    [Fact]
    public async Task TheChainHoldsOnACleanRegister()
    {
        await using var database = await BusyRegisterAsync();

        var report = await VerifyAsync(database);

        Assert.True(report.Holds, report.Broken?.ToString());
        Assert.Equal(ShippedTemplates.Count + 5, report.Entries);
        Assert.Equal(64, report.HeadHash.Length);
    }

    [Fact]
    public async Task AnActChangedBehindTheBackIsFoundAtItsIssueEntry()
    {
        await using var database = await BusyRegisterAsync();

        await database.ExecuteAsync("UPDATE issued_acts SET act_json = REPLACE(act_json, '2025-11-04', '2025-12-04') WHERE id = 2");

        var broken = (await VerifyAsync(database)).Broken!;
        Assert.Equal(ShippedTemplates.Count + 2, broken.Seq);
        Assert.Equal("2-11-25/2", broken.Subject);
        Assert.Contains("actSha256", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChangedDueDateOrHashIsFound()
    {
        await using var database = await BusyRegisterAsync();

        await database.ExecuteAsync("UPDATE issued_acts SET due_date = NULL WHERE id = 3");
        await database.ExecuteAsync("UPDATE issued_documents SET sha256 = 'x' WHERE act_id = 2 AND format = 'pdf'");

        var broken = (await VerifyAsync(database)).Broken!;
        Assert.Equal(ShippedTemplates.Count + 2, broken.Seq);
        Assert.Contains("documents", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnActDeletedBehindTheBackIsFound()
    {
        await using var database = await BusyRegisterAsync();

        await database.ExecuteAsync("DELETE FROM issued_documents WHERE act_id = 3");
        await database.ExecuteAsync("DELETE FROM issued_templates WHERE act_id = 3");
        await database.ExecuteAsync("DELETE FROM issued_acts WHERE id = 3");

        var broken = (await VerifyAsync(database)).Broken!;
        Assert.Equal(ShippedTemplates.Count + 3, broken.Seq);
        Assert.Contains("deleted", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStatusChangedBehindTheBackIsFound()
    {
        await using var database = await BusyRegisterAsync();

        await database.ExecuteAsync("UPDATE issued_acts SET status = 'answered' WHERE id = 1");
        await database.ExecuteAsync("UPDATE issued_acts SET status = 'executed', answer_date = '2025-10-18', answer_number = '1' WHERE id = 2");

        var broken = (await VerifyAsync(database)).Broken!;
        Assert.Equal(ShippedTemplates.Count + 2, broken.Seq);
        Assert.Contains("without an audit entry", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEditedEntryBreaksTheChainThere()
    {
        await using var database = await BusyRegisterAsync();

        await database.ExecuteAsync($"UPDATE audit_log SET actor = 'someone else' WHERE seq = {ShippedTemplates.Count + 4}");

        var broken = (await VerifyAsync(database)).Broken!;
        Assert.Equal(ShippedTemplates.Count + 4, broken.Seq);
        Assert.Contains("does not match its hash", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADeletedEntryBreaksTheChainThere()
    {
        await using var database = await BusyRegisterAsync();

        await database.ExecuteAsync($"DELETE FROM audit_log WHERE seq = {ShippedTemplates.Count + 2}");

        var broken = (await VerifyAsync(database)).Broken!;
        Assert.Equal(ShippedTemplates.Count + 2, broken.Seq);
        Assert.Contains("missing", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADeletedLastEntryIsFoundByTheHead()
    {
        await using var database = await BusyRegisterAsync();

        await database.ExecuteAsync($"DELETE FROM audit_log WHERE seq = {ShippedTemplates.Count + 5}");

        var broken = (await VerifyAsync(database)).Broken!;
        Assert.Equal(ShippedTemplates.Count + 5, broken.Seq);
    }

    [Fact]
    public async Task ATailRemovedWithItsRowsAndHeadIsFoundAgainstARecordedHead()
    {
        await using var database = await CreateAsync();
        await IssueAsync(database.Register, Example(ActKind.Instruction));
        await IssueAsync(database.Register, Example(ActKind.Instruction));
        var recorded = (await VerifyAsync(database)).HeadHash;

        await database.ExecuteAsync("DELETE FROM issued_documents WHERE act_id = 2");
        await database.ExecuteAsync("DELETE FROM issued_templates WHERE act_id = 2");
        await database.ExecuteAsync("DELETE FROM issued_acts WHERE id = 2");
        await database.ExecuteAsync($"DELETE FROM audit_log WHERE seq = {ShippedTemplates.Count + 2}");
        await database.ExecuteAsync($"UPDATE audit_head SET last_seq = {ShippedTemplates.Count + 1}, last_hash = (SELECT hash FROM audit_log WHERE seq = {ShippedTemplates.Count + 1})");
        Assert.Contains("counter", (await VerifyAsync(database)).Broken!.Reason, StringComparison.Ordinal);
        await database.ExecuteAsync("UPDATE number_sequences SET last_sequence = 1");

        Assert.True((await VerifyAsync(database)).Holds);
        var broken = (await VerifyAsync(database, recorded)).Broken!;
        Assert.Equal(ShippedTemplates.Count + 2, broken.Seq);
        Assert.Contains(recorded, broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATemplateTextChangedBehindTheBackIsFound()
    {
        await using var database = await BusyRegisterAsync();

        await database.ExecuteAsync("UPDATE template_versions SET text = text || ' ' WHERE path = 'templates-ru/instruction.sbn' AND version = 2");

        var broken = (await VerifyAsync(database)).Broken!;
        Assert.Equal(ShippedTemplates.Count + 5, broken.Seq);
        Assert.Equal("templates-ru/instruction.sbn@2", broken.Subject);
    }

    [Fact]
    public async Task AnActInsertedBehindTheBackIsFound()
    {
        await using var database = await BusyRegisterAsync();

        await database.ExecuteAsync(
            "INSERT INTO issued_acts (registration_number, office_code, year, sequence, kind, language, act_date, office_name, prosecutor, act_json, issued_by, issued_at, status) " +
            "SELECT '2-11-25/99', office_code, year, 99, kind, language, act_date, office_name, prosecutor, act_json, issued_by, issued_at, 'issued' FROM issued_acts WHERE id = 1");

        var broken = (await VerifyAsync(database)).Broken!;
        Assert.Null(broken.Seq);
        Assert.Equal("2-11-25/99", broken.Subject);
    }
}

public sealed class SqliteAuditTests : AuditTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresAuditTests : AuditTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
