using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Tests.Register;

/// <summary>
/// The command line finds the register the service uses from the same configuration: --db, else the service's own
/// <c>Register__Connection</c>, else the data folder's SQLite file; a connection that does not open is one line
/// naming where it came from, never a stack trace.
/// </summary>
public sealed class RegisterFromEnvironmentTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AuditVerifyWithoutDbChecksThePostgreSqlRegisterNamedByRegisterConnection()
    {
        await using var database = await TestRegister.CreateAsync(RegisterProvider.Postgres);
        var issued = await database.Register.IssueAsync(new IssueRequest(ExampleActs.Load("instruction", ActLanguage.Ru), RegisterProviderTests.Issuer, RegisterProviderTests.Office), Cancellation);
        Assert.IsType<IssueOutcome.Issued>(issued);
        var report = await database.Register.VerifyAuditAsync(cancellationToken: Cancellation);

        var run = CliRun(database, database.Connection, "audit", "verify");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        // The chain of that database, act included: the same count of entries and the same head.
        Assert.Equal($"audit chain holds ({report.Entries} entries)", run.OutputLines[0]);
        Assert.Equal($"head hash {report.HeadHash}", run.OutputLines[1]);
        Assert.False(File.Exists(Path.Combine(database.DataFolder, DataFolder.RegisterFileName)), "the data folder's SQLite register was opened instead");
    }

    [Fact]
    public async Task DbWinsOverRegisterConnection()
    {
        await using var database = await TestRegister.CreateAsync(RegisterProvider.Sqlite);

        var run = CliRun(database, "Host=127.0.0.1;Port=1;Database=none;Username=none;Password=secret;Timeout=3", "audit", "verify", "--db", database.Connection);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.StartsWith("audit chain holds", run.OutputLines[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Port=1;Database=none;Username=none;Password=secret;Timeout=3", "cannot be reached")]
    [InlineData("Hots=127.0.0.1;Databse=none;Password=secret", "the connection string is not understood")]
    public async Task AWrongRegisterConnectionIsOneLineNamingItWithoutThePasswordAndExitTwo(string connection, string said)
    {
        await using var database = await TestRegister.CreateAsync(RegisterProvider.Sqlite, open: false);

        var run = CliRun(database, connection, "audit", "verify");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("error: the register (", line, StringComparison.Ordinal);
        Assert.Contains("from Register__Connection", line, StringComparison.Ordinal);
        Assert.Contains(said, line, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void WithoutEitherTheRegisterIsTheDataFoldersFileAndAGivenPathIsTakenFromTheBaseFolder()
    {
        var data = DataFolder.Resolve("/srv/supervision-data");

        var fallback = RegisterConnection.Resolve("/work", data, (null, "--db"), ("  ", RegisterConnection.Variable));
        var relative = RegisterConnection.Resolve("/work", data, (null, "--db"), (" registers/main.db ", RegisterConnection.Variable));
        var given = RegisterConnection.Resolve("/work", data, ("Host=db;Database=register", "--db"), ("other.db", RegisterConnection.Variable));

        Assert.Equal(new RegisterConnection("/srv/supervision-data/supervision.db", "the data folder (the setting Data:Path)", IsDataFolderDefault: true), fallback);
        Assert.Equal(new RegisterConnection("/work/registers/main.db", RegisterConnection.Variable, IsDataFolderDefault: false), relative);
        Assert.Equal(new RegisterConnection("Host=db;Database=register", "--db", IsDataFolderDefault: false), given);
    }

    /// <summary>The command line in the register's environment with <c>Register__Connection</c> set as the service reads it.</summary>
    private static Cli.CliRun CliRun(TestRegister database, string connection, params string[] args) =>
        Cli.CliRun.WithEnvironment(new Dictionary<string, string?>(database.Environment) { [RegisterConnection.Variable] = connection }, args);
}
