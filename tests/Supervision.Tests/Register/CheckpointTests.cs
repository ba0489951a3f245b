using static Supervision.Tests.Register.AuditSeq;
using Supervision.Acts;
using Supervision.Register;
using Supervision.Tests.Cli;

namespace Supervision.Tests.Register;

/// <summary>Checkpoints: a verified head signed with the audit key, kept outside the database and given back to verify.</summary>
public abstract class CheckpointTests : RegisterProviderTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>The shipped templates (<see cref="AuditSeq.Shipped"/>), then, counted after them, 1 and 2 issue 2-11-25/1 and /2; the checkpoint signs all of them.</summary>
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
        Assert.Equal(After(2), read!.Entries);
        Assert.StartsWith($"supervision-audit-checkpoint v1 {After(2)} ", checkpoint.Line, StringComparison.Ordinal);
        Assert.Null(database.Register.CheckpointProblem(read));
        await IssueAsync(database.Register, Example(ActKind.Instruction));
        Assert.True((await database.Register.VerifyAuditAsync(read, Cancellation)).Holds);
    }

    [Fact]
    public async Task ACheckpointWhoseCountOrMacWasAlteredIsRefused()
    {
        var (database, checkpoint) = await CheckpointedAsync();
        await using var registered = database;

        Assert.NotNull(database.Register.CheckpointProblem(checkpoint with { Entries = After(1) }));
        Assert.NotNull(database.Register.CheckpointProblem(checkpoint with { Mac = new string('0', 64) }));
        Assert.NotNull(database.Register.CheckpointProblem(AuditCheckpoint.Sign(AuditKey.Generate(), checkpoint.Entries, checkpoint.HeadHash, checkpoint.SignedAt)));
        Assert.False(AuditCheckpoint.TryParse($"supervision-audit-checkpoint v1 {After(2)} abc", out _, out var problem));
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
        await database.ExecuteAsync($"DELETE FROM audit_log WHERE seq = {After(2)}");
        await database.ExecuteAsync($"UPDATE audit_head SET last_seq = {After(1)}, last_hash = (SELECT hash FROM audit_log WHERE seq = {After(1)})");
        await database.ExecuteAsync("UPDATE number_sequences SET last_sequence = 1");

        Assert.True((await database.Register.VerifyAuditAsync(cancellationToken: Cancellation)).Holds);
        var broken = (await database.Register.VerifyAuditAsync(checkpoint, Cancellation)).Broken!;
        Assert.Equal(After(2), broken.Seq);
        Assert.Contains($"signed {After(2)} entries, but the chain has {After(1)}", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCommandLinePrintsACheckpointAndVerifiesAgainstItOrRefusesAForgedOne()
    {
        var (database, _) = await CheckpointedAsync();
        await using var __ = database;
        using var folder = new TempFolder("supervision-checkpoint-");
        var printed = CliRun.Of("audit", "checkpoint", "--db", database.Connection);
        Assert.Equal(0, printed.ExitCode);
        var line = Assert.Single(printed.OutputLines);
        var file = Path.Combine(folder.FullName, "checkpoint.txt");
        await File.WriteAllTextAsync(file, line + "\n", Cancellation);

        var holds = CliRun.Of("audit", "verify", "--db", database.Connection, "--checkpoint", $"@{file}");
        var forged = CliRun.Of("audit", "verify", "--db", database.Connection, "--checkpoint", line.Replace($" {After(2)} ", $" {After(3)} ", StringComparison.Ordinal));

        Assert.Equal(0, holds.ExitCode);
        Assert.Equal($"audit chain holds ({After(2)} entries)", holds.OutputLines[0]);
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
