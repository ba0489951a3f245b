using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Tests.Register;

public abstract class CrashTests : RegisterProviderTests
{
    public static TheoryData<string> Stages() => [.. Enum.GetNames<IssueStage>()];

    [Theory]
    [MemberData(nameof(Stages))]
    public async Task AFailureInsideIssuingLeavesNoPartOfTheActAndConsumesNoNumber(string stage)
    {
        await using var database = await CreateAsync();
        var act = Example(ActKind.Submission);
        var first = await IssueAsync(database.Register, act);
        var entries = await database.CountAsync("SELECT COUNT(*) FROM audit_log");
        var failAt = Enum.Parse<IssueStage>(stage);
        database.Register.IssueFault = at => at == failAt ? throw new IOException($"power cut at {at}") : ValueTask.CompletedTask;

        await Assert.ThrowsAsync<IOException>(() => database.Register.IssueAsync(new IssueRequest(act, Issuer, Office), TestContext.Current.CancellationToken));

        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM issued_acts"));
        // The first act's PDF, kept with its hash; nothing of the act that failed.
        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM issued_documents"));
        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM issued_documents WHERE act_id = 1 AND format = 'pdf' AND content IS NOT NULL"));
        Assert.Equal(entries, await database.CountAsync("SELECT COUNT(*) FROM audit_log"));
        Assert.Equal(1, await database.CountAsync("SELECT last_sequence FROM number_sequences"));
        database.Register.IssueFault = null;
        Assert.Equal(RegistrationNumbers.Format(Office, first.Year, 2), (await IssueAsync(database.Register, act)).RegistrationNumber);
        Assert.True((await database.Register.VerifyAuditAsync(cancellationToken: TestContext.Current.CancellationToken)).Holds);
    }

    [Fact]
    public async Task AFailureInTheFirstActOfAnOfficeLeavesNoOfficeBehind()
    {
        await using var database = await CreateAsync();
        database.Register.IssueFault = at => at == IssueStage.BeforeCommit ? throw new IOException("power cut") : ValueTask.CompletedTask;

        await Assert.ThrowsAsync<IOException>(() => database.Register.IssueAsync(new IssueRequest(Example(ActKind.Protest), Issuer, Office), TestContext.Current.CancellationToken));

        Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM offices"));
        Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM number_sequences"));
    }
}

public sealed class SqliteCrashTests : CrashTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresCrashTests : CrashTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
