using Npgsql;
using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Tests.Register;

/// <summary>
/// register backup and restore (issue 16, point 7): a backup taken while acts are issued is the register at one
/// moment (every act with its number, counter and audit entry, or none of them); restored into an empty register
/// its audit chain holds under the key kept apart from it, and numbering goes on from the last number it holds;
/// the key is never in the backup; a register that is not empty is replaced only when asked.
/// On PostgreSQL the dump restores into the schema it was taken from: the tests drop that schema first (the
/// database lost), as an operator restores onto a new server.
/// </summary>
public abstract class BackupTests : RegisterProviderTests
{
    /// <summary>A bound on the acts issued beside a backup, so that a backup that never ends fails the test instead of filling the database.</summary>
    private const int MaxActs = 5_000;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ABackupTakenWhileActsAreIssuedRestoresIntoAnEmptyRegisterWhoseChainHoldsAndWhoseNumbersGoOn()
    {
        await using var database = await CreateAsync();
        using var folder = new TempFolder("supervision-backup-");
        var backup = Path.Combine(folder.FullName, "register.backup");
        var keyCopy = Path.Combine(folder.FullName, "kept-apart.key");

        // Four issuers at once, issuing until the backup has ended and then each one act more; the backup is taken once
        // the first acts are stored. A fixed count of acts raced the backup: on a loaded machine pg_dump outlasted it.
        var act = Example(ActKind.Instruction);
        var issuedCount = 0;
        var backupEnded = false;
        var issuing = Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            bool ended;
            do
            {
                ended = Volatile.Read(ref backupEnded);
                Assert.True(Interlocked.Increment(ref issuedCount) <= MaxActs, $"the backup did not end within {MaxActs} acts");
                await IssueAsync(database.Register, act);
            }
            while (!ended);
        })));
        while (await database.CountAsync("SELECT COUNT(*) FROM issued_acts") < 2)
        {
            Assert.False(issuing.IsCompleted, "issuing ended before two acts were stored");
            await Task.Delay(10, Cancellation);
        }

        var backedUp = database.Cli("register", "backup", "--out", backup, "--db", database.Connection, "--key-out", keyCopy);
        var stillIssuing = !issuing.IsCompleted;
        Volatile.Write(ref backupEnded, true);
        await issuing;

        Assert.True(backedUp.ExitCode == 0, backedUp.Error);
        Assert.True(stillIssuing, "the backup ended after the last act was issued: it was not taken while acts were issued");
        Assert.Matches(@"^backed up into .+register\.backup: \d+ act\(s\), \d+ audit entries$", backedUp.OutputLines[0]);
        Assert.StartsWith("audit key ", backedUp.OutputLines[1], StringComparison.Ordinal);
        Assert.EndsWith("keep it apart from the backup", backedUp.OutputLines[1], StringComparison.Ordinal);
        var key = AuditKey.FromBase64(await File.ReadAllTextAsync(keyCopy, Cancellation), "the key's copy");
        Assert.Equal(database.Register.Store.AuditKey!.Id, key.Id);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyCopy));
        }

        AssertKeyIsNotIn(backup, key);

        // Restored into an empty register, with the kept key put in place.
        var target = await EmptyTargetAsync(database, folder);
        var restored = database.Cli("register", "restore", backup, "--db", target, "--key", keyCopy);
        Assert.True(restored.ExitCode == 0, restored.Output + restored.Error);
        var heldActs = long.Parse(System.Text.RegularExpressions.Regex.Match(restored.OutputLines[0], @": (\d+) act\(s\)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("audit chain holds", restored.OutputLines[^1][.."audit chain holds".Length]);
        // Acts were issued after the backup ended: the copy holds some, never all.
        Assert.InRange(heldActs, 2, Volatile.Read(ref issuedCount) - 1);

        var verified = database.Cli("audit", "verify", "--db", target);
        Assert.True(verified.ExitCode == 0, verified.Output + verified.Error);
        Assert.StartsWith("audit chain holds", verified.OutputLines[0], StringComparison.Ordinal);

        // The copy is one moment: every act with its counter and its issue entry, numbers 1..N without a gap.
        await using var copy = await ActRegister.OpenAsync(new RegisterOptions { Connection = target, AuditKeyFile = database.AuditKeyFile }, Cancellation);
        var acts = await copy.ListAsync(new RegisterQuery { Limit = RegisterQuery.MaxLimit }, Cancellation);
        Assert.Equal(heldActs, acts.Count);
        Assert.Equal(Enumerable.Range(1, acts.Count), acts.Select(summary => int.Parse(summary.RegistrationNumber[(summary.RegistrationNumber.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture)).Order());
        Assert.Equal(heldActs, await CountAsync(target, "SELECT MAX(last_sequence) FROM number_sequences"));
        var audit = await copy.VerifyAuditAsync(cancellationToken: Cancellation);
        Assert.Null(audit.Broken);

        // Numbering goes on from the last number the restored register holds.
        var issued = Assert.IsType<IssueOutcome.Issued>(await copy.IssueAsync(new IssueRequest(act, Issuer, Office), Cancellation)).Act;
        Assert.Equal($"{Office}-25/{heldActs + 1}", issued.RegistrationNumber);
        Assert.Null((await copy.VerifyAuditAsync(cancellationToken: Cancellation)).Broken);
    }

    [Fact]
    public async Task ARestoreRefusesARegisterThatIsNotEmptyUnlessToldToReplaceIt()
    {
        await using var database = await CreateAsync();
        using var folder = new TempFolder("supervision-backup-");
        var backup = Path.Combine(folder.FullName, "register.backup");
        await IssueAsync(database.Register, Example(ActKind.Order));
        Assert.Equal(0, database.Cli("register", "backup", "--out", backup, "--db", database.Connection).ExitCode);
        await IssueAsync(database.Register, Example(ActKind.Order));

        var refused = database.Cli("register", "restore", backup, "--db", database.Connection);
        var again = database.Cli("register", "backup", "--out", backup, "--db", database.Connection);

        Assert.Equal(2, refused.ExitCode);
        Assert.Equal(string.Empty, refused.Output);
        Assert.Matches(@"^error: the register .+ is not empty \(2 acts, \d+ audit entries.*: a restore goes into an empty (register|schema); to replace .+ restore with --replace$", refused.ErrorLines.Single());
        Assert.Equal(2, await database.CountAsync("SELECT COUNT(*) FROM issued_acts"));
        Assert.Equal(2, again.ExitCode);
        Assert.Matches(@"^error: .+register\.backup exists already: a backup is written to a new file, never over another$", again.ErrorLines.Single());

        var replaced = database.Cli("register", "restore", backup, "--db", database.Connection, "--replace");

        Assert.True(replaced.ExitCode == 0, replaced.Output + replaced.Error);
        Assert.Matches(@": 1 act\(s\), \d+ audit entries$", replaced.OutputLines[0]);
        Assert.StartsWith("audit chain holds", replaced.OutputLines[^1], StringComparison.Ordinal);
        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM issued_acts"));
    }

    [Fact]
    public async Task ARegisterRestoredWithoutItsKeyDoesNotOpenAndGetsNoNewKey()
    {
        await using var database = await CreateAsync();
        using var folder = new TempFolder("supervision-backup-");
        var backup = Path.Combine(folder.FullName, "register.backup");
        await IssueAsync(database.Register, Example(ActKind.Instruction));
        var backedUp = database.Cli("register", "backup", "--out", backup, "--db", database.Connection);
        var target = await EmptyTargetAsync(database, folder);

        // Restored on a machine that has none of the key: for PostgreSQL, a data folder without it.
        using var elsewhere = new TempFolder("supervision-elsewhere-");
        var restored = Cli.CliRun.WithEnvironment(new Dictionary<string, string?> { ["Data__Path"] = elsewhere.FullName }, "register", "restore", backup, "--db", target);

        var kept = database.AuditKeyFile ?? database.Connection + AuditKeyFile.Suffix;
        var missing = Provider == RegisterProvider.Sqlite ? target + AuditKeyFile.Suffix : Path.Combine(elsewhere.FullName, DataFolder.AuditKeyFileName);
        Assert.Equal($"the audit key is not in the backup: keep a copy of {kept} apart from it, a restored register needs it", backedUp.OutputLines[^1]);
        Assert.Equal(2, restored.ExitCode);
        Assert.StartsWith("restored ", restored.OutputLines.Single(), StringComparison.Ordinal);
        Assert.Contains($"its key file {missing} is missing", restored.ErrorLines.Single(), StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    /// <summary>An empty register to restore into: a file in a folder not yet made, or the dropped schema (PostgreSQL).</summary>
    private static async Task<string> EmptyTargetAsync(TestRegister database, TempFolder folder)
    {
        if (database.Provider == RegisterProvider.Sqlite)
        {
            return Path.Combine(folder.FullName, "restored", "supervision.db");
        }

        var schema = new NpgsqlConnectionStringBuilder(database.Connection).SearchPath!;
        NpgsqlConnection.ClearAllPools();
        await database.ExecuteAsync($"DROP SCHEMA {schema} CASCADE; CREATE SCHEMA {schema}");
        return database.Connection;
    }

    /// <summary>Reads one number from the restored register behind the application's back.</summary>
    private static async Task<long> CountAsync(string connection, string sql)
    {
        System.Data.Common.DbConnection raw = connection.Contains("Host=", StringComparison.Ordinal)
            ? new NpgsqlConnection(connection)
            : new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={connection};Pooling=False");
        await using (raw)
        {
            await raw.OpenAsync(Cancellation);
            await using var command = raw.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(await command.ExecuteScalarAsync(Cancellation), System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Neither the key's text nor its bytes are anywhere in the backup.</summary>
    private static void AssertKeyIsNotIn(string backup, AuditKey key)
    {
        var content = File.ReadAllBytes(backup);
        var text = System.Text.Encoding.ASCII.GetBytes(key.ToBase64());
        var secret = Convert.FromBase64String(key.ToBase64());
        Assert.True(content.AsSpan().IndexOf(text) < 0, "the key's base64 text is in the backup");
        Assert.True(content.AsSpan().IndexOf(secret) < 0, "the key's bytes are in the backup");
    }
}

public sealed class SqliteBackupTests : BackupTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresBackupTests : BackupTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
