using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Tests.Register;

/// <summary>
/// The audit key: a file created at the first start, owner-only; a keyed register whose key file is missing,
/// or opened with another key, does not open; a chain written before keys is sealed at the first start that
/// creates a key, but a plain rewrite is not sealed by a restart with the key it had.
/// Each test keeps its key in a folder of its own (the default PostgreSQL key file is shared by the other tests).
/// </summary>
public abstract class AuditKeyTests : RegisterProviderTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static string KeyFile(TempFolder folder) => Path.Combine(folder.FullName, "audit.key");

    private static Task<ActRegister> OpenAsync(TestRegister database, string keyFile, bool seal = false) =>
        database.OpenAnotherAsync(options => options with { AuditKeyFile = keyFile, SealPlainChain = seal });

    /// <summary>Makes the chain what a register had before keys: every entry hashed with plain SHA-256, no key id.</summary>
    private static async Task UnkeyAsync(TestRegister database, ActRegister register)
    {
        await ChainForger.RechainAsync(database, stolenKey: null, register);
        await database.ExecuteAsync("UPDATE audit_head SET key_id = NULL");
    }

    [Fact]
    public async Task TheKeyFileIsCreatedAtTheFirstStartReadableByTheOwnerOnly()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "Unix permissions");
        await using var database = await CreateAsync(open: false);
        using var folder = new TempFolder("supervision-key-");
        var register = await OpenAsync(database, KeyFile(folder));

        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyFile(folder)));
        }

        Assert.Equal(register.Store.AuditKey!.Id, AuditKey.FromBase64(await File.ReadAllTextAsync(KeyFile(folder), Cancellation), "test").Id);
        Assert.Equal(register.Store.AuditKey.Id, await database.TextAsync("SELECT key_id FROM audit_head"));
    }

    [Fact]
    public async Task AKeyedRegisterWhoseKeyFileIsMissingDoesNotOpenAndGetsNoNewKey()
    {
        await using var database = await CreateAsync(open: false);
        using var folder = new TempFolder("supervision-key-");
        await IssueAsync(await OpenAsync(database, KeyFile(folder)), Example(ActKind.Instruction));
        File.Delete(KeyFile(folder));

        var refused = await Assert.ThrowsAsync<RegisterException>(() => OpenAsync(database, KeyFile(folder)));

        Assert.Contains("key file", refused.Message, StringComparison.Ordinal);
        Assert.Contains("is missing", refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(KeyFile(folder)));
    }

    [Fact]
    public async Task AKeyedRegisterOpenedWithAnotherKeyDoesNotOpen()
    {
        await using var database = await CreateAsync(open: false);
        using var folder = new TempFolder("supervision-key-");
        await OpenAsync(database, KeyFile(folder));

        var refused = await Assert.ThrowsAsync<RegisterException>(() => database.OpenAnotherAsync(options => options with { AuditKey = AuditKey.Generate().ToBase64() }));

        Assert.Contains("is not the key", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(AuditKeyFile.Read(KeyFile(folder))!.ToBase64(), refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChainWrittenBeforeKeysIsSealedAtTheFirstStartThatCreatesAKey()
    {
        await using var database = await CreateAsync(open: false);
        using var folder = new TempFolder("supervision-key-");
        var old = await OpenAsync(database, KeyFile(folder));
        await IssueAsync(old, Example(ActKind.Instruction));
        var entries = (await old.VerifyAuditAsync(cancellationToken: Cancellation)).Entries;
        await UnkeyAsync(database, old);
        File.Delete(KeyFile(folder));

        var sealedRegister = await OpenAsync(database, KeyFile(folder));

        var report = await sealedRegister.VerifyAuditAsync(cancellationToken: Cancellation);
        Assert.True(report.Holds, report.Broken?.ToString());
        Assert.Equal(entries + 1, report.Entries);
        Assert.Equal(AuditEntry.SealChain, await database.TextAsync($"SELECT action FROM audit_log WHERE seq = {entries + 1}"));
        Assert.True(File.Exists(KeyFile(folder)));
    }

    [Fact]
    public async Task APlainRewriteOfAKeyedChainIsNotSealedByARestartButFailsVerification()
    {
        await using var database = await CreateAsync(open: false);
        using var folder = new TempFolder("supervision-key-");
        var keyed = await OpenAsync(database, KeyFile(folder));
        await IssueAsync(keyed, Example(ActKind.Instruction));
        await ChainForger.RechainAsync(database, stolenKey: null, keyed);

        Assert.Equal(1, (await keyed.VerifyAuditAsync(cancellationToken: Cancellation)).Broken!.Seq);

        await database.ExecuteAsync("UPDATE audit_head SET key_id = NULL");
        var refused = await Assert.ThrowsAsync<RegisterException>(() => OpenAsync(database, KeyFile(folder)));
        Assert.Contains("not sealed with a key", refused.Message, StringComparison.Ordinal);
        Assert.Contains("audit seal", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APlainChainIsSealedWithAGivenKeyOnlyWhenAsked()
    {
        await using var database = await CreateAsync(open: false);
        using var folder = new TempFolder("supervision-key-");
        var old = await OpenAsync(database, KeyFile(folder));
        await UnkeyAsync(database, old);
        var given = AuditKey.Generate().ToBase64();

        await Assert.ThrowsAsync<RegisterException>(() => database.OpenAnotherAsync(options => options with { AuditKey = given }));
        var sealedRegister = await database.OpenAnotherAsync(options => options with { AuditKey = given, SealPlainChain = true });

        Assert.True((await sealedRegister.VerifyAuditAsync(cancellationToken: Cancellation)).Holds);
    }

    [Fact]
    public async Task TheCommandLineSealsAPlainChainWithAKeyFileThatExistedOnlyWhenAskedTo()
    {
        await using var database = await CreateAsync(open: false);
        // Where the command line finds the key: beside a SQLite file, in the test's data folder for PostgreSQL.
        var keyFile = database.AuditKeyFile ?? database.Connection + AuditKeyFile.Suffix;
        var old = await OpenAsync(database, keyFile);
        await UnkeyAsync(database, old);

        var refused = database.Cli("audit", "verify", "--db", database.Connection);
        var sealedChain = database.Cli("audit", "seal", "--db", database.Connection);
        var holds = database.Cli("audit", "verify", "--db", database.Connection);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("supervision audit seal", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, sealedChain.ExitCode);
        Assert.Equal(0, holds.ExitCode);
        Assert.Equal(AuditEntry.SealChain, await database.TextAsync("SELECT action FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)"));
    }

    [Fact]
    public async Task ABrokenPlainChainIsNotSealed()
    {
        await using var database = await CreateAsync(open: false);
        using var folder = new TempFolder("supervision-key-");
        var old = await OpenAsync(database, KeyFile(folder));
        await UnkeyAsync(database, old);
        await database.ExecuteAsync("UPDATE audit_log SET actor = 'someone else' WHERE seq = 5");
        File.Delete(KeyFile(folder));

        var refused = await Assert.ThrowsAsync<RegisterException>(() => OpenAsync(database, KeyFile(folder)));

        Assert.Contains("does not hold at entry 5", refused.Message, StringComparison.Ordinal);
    }
}

public sealed class SqliteAuditKeyTests : AuditKeyTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;

    /// <summary>SQLite's alone: a PostgreSQL register has no database file to keep its key beside.</summary>
    [Fact]
    public async Task ASqliteRegistersKeyFileIsBesideItsDatabaseFile()
    {
        await using var database = await CreateAsync();

        Assert.True(File.Exists(database.Connection + ".audit-key"));
    }
}

public sealed class PostgresAuditKeyTests : AuditKeyTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
