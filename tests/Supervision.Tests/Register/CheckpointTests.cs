using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Tests.Register;

/// <summary>Checkpoints: a verified head signed with the audit key, kept outside the database and given back to verify.</summary>
public abstract class CheckpointTests : RegisterProviderTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>N shipped (<see cref="ShippedTemplates"/>) templates, then N+1 and N+2 issue 2-11-25/1 and /2; the checkpoint signs N+2 entries.</summary>
    private async Task<(TestRegister Database, AuditCheckpoint Checkpoint)> CheckpointedAsync()
    {
        var database = await CreateAsync();
        await IssueAsync(database.Register, Example(ActKind.Instruction));
        await IssueAsync(database.Register, Example(ActKind.Instruction));
        var report = await database.Register.VerifyAuditAsync(cancellationToken: Cancellation);
        Assert.True(report.Holds, report.Broken?.ToString());
        return (database, report.Checkpoint!);
    }

    [Fact]
    public async Task AVerifiedHeadIsSignedAsOneLineThatReadsBackAndHoldsAsTheChainGrows()
    {
        var (database, checkpoint) = await CheckpointedAsync();
        await using var _ = database;

        Assert.True(AuditCheckpoint.TryParse(checkpoint.Line, out var read, out var problem), problem);
        Assert.Equal(checkpoint, read);
        Assert.Equal(ShippedTemplates.Count + 2, read!.Entries);
        Assert.StartsWith($"supervision-audit-checkpoint v1 {ShippedTemplates.Count + 2} ", checkpoint.Line, StringComparison.Ordinal);
        Assert.Null(database.Register.CheckpointProblem(read));
        await IssueAsync(database.Register, Example(ActKind.Instruction));
        Assert.True((await database.Register.VerifyAuditAsync(read, Cancellation)).Holds);
    }

    [Fact]
    public async Task ACheckpointWhoseCountOrMacWasAlteredIsRefused()
    {
        var (database, checkpoint) = await CheckpointedAsync();
        await using var registered = database;

        Assert.NotNull(database.Register.CheckpointProblem(checkpoint with { Entries = ShippedTemplates.Count + 1 }));
        Assert.NotNull(database.Register.CheckpointProblem(checkpoint with { Mac = new string('0', 64) }));
        Assert.NotNull(database.Register.CheckpointProblem(AuditCheckpoint.Sign(AuditKey.Generate(), checkpoint.Entries, checkpoint.HeadHash, checkpoint.SignedAt)));
        Assert.False(AuditCheckpoint.TryParse($"supervision-audit-checkpoint v1 {ShippedTemplates.Count + 2} abc", out _, out var problem));
        Assert.Contains("one line", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChainTruncatedWithItsRowsCounterAndHeadIsBrokenAgainstACheckpoint()
    {
        var (database, checkpoint) = await CheckpointedAsync();
        await using var _ = database;

        await database.ExecuteAsync("DELETE FROM issued_documents WHERE act_id = 2");
        await database.ExecuteAsync("DELETE FROM issued_templates WHERE act_id = 2");
        await database.ExecuteAsync("DELETE FROM issued_acts WHERE id = 2");
        await database.ExecuteAsync($"DELETE FROM audit_log WHERE seq = {ShippedTemplates.Count + 2}");
        await database.ExecuteAsync($"UPDATE audit_head SET last_seq = {ShippedTemplates.Count + 1}, last_hash = (SELECT hash FROM audit_log WHERE seq = {ShippedTemplates.Count + 1})");
        await database.ExecuteAsync("UPDATE number_sequences SET last_sequence = 1");

        Assert.True((await database.Register.VerifyAuditAsync(cancellationToken: Cancellation)).Holds);
        var broken = (await database.Register.VerifyAuditAsync(checkpoint, Cancellation)).Broken!;
        Assert.Equal(ShippedTemplates.Count + 2, broken.Seq);
        Assert.Contains($"signed {ShippedTemplates.Count + 2} entries, but the chain has {ShippedTemplates.Count + 1}", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCommandLinePrintsACheckpointAndVerifiesAgainstItOrRefusesAForgedOne()
    {
        var (database, _) = await CheckpointedAsync();
        await using var __ = database;
        using var folder = new TempFolder("supervision-checkpoint-");
        var printed = database.Cli("audit", "checkpoint", "--db", database.Connection);
        Assert.Equal(0, printed.ExitCode);
        var line = Assert.Single(printed.OutputLines);
        var file = Path.Combine(folder.FullName, "checkpoint.txt");
        await File.WriteAllTextAsync(file, line + "\n", Cancellation);

        var holds = database.Cli("audit", "verify", "--db", database.Connection, "--checkpoint", $"@{file}");
        var forged = database.Cli("audit", "verify", "--db", database.Connection, "--checkpoint", line.Replace($" {ShippedTemplates.Count + 2} ", $" {ShippedTemplates.Count + 3} ", StringComparison.Ordinal));

        Assert.Equal(0, holds.ExitCode);
        Assert.Equal($"audit chain holds ({ShippedTemplates.Count + 2} entries)", holds.OutputLines[0]);
        Assert.Equal(2, forged.ExitCode);
        Assert.Contains("MAC", forged.Error, StringComparison.Ordinal);
    }
}

public sealed class SqliteCheckpointTests : CheckpointTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresCheckpointTests : CheckpointTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
