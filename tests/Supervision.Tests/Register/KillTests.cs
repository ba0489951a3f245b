using System.Diagnostics;
using Supervision.Examples;
using Supervision.Register;

namespace Supervision.Tests.Register;

/// <summary>
/// Kills the command line with SIGKILL while it issues a run of acts, at several moments, and finds
/// that every act in the register is whole, the numbers run 1..N without gaps, the counter agrees and
/// the audit chain holds: a transaction cut anywhere leaves the whole act or nothing.
/// </summary>
public abstract class KillTests : RegisterProviderTests
{
    [Fact]
    public async Task KillingTheProcessWhileItIssuesLeavesWholeActsOrNothing()
    {
        await using var database = await CreateAsync();
        await Staff.RegisterOfficesAsync(database.Register);
        Assert.IsType<PersonOutcome.Done>(await database.Register.People.AddAsync(Staff.Deputy(), Staff.Admin, TestContext.Current.CancellationToken));
        var folder = Directory.CreateTempSubdirectory("supervision-kill-");
        try
        {
            // The example instruction is of the district office whose deputy issues it.
            var file = Path.Combine(folder.FullName, "instruction.ru.json");
            File.WriteAllText(file, ActExamples.Json("instruction", Acts.ActLanguage.Ru));
            foreach (var afterActs in new[] { 2, 5, 9 })
            {
                await KillAfterAsync(database, file, afterActs);

                var count = await database.CountAsync("SELECT COUNT(*) FROM issued_acts");
                Assert.True(count >= afterActs);
                Assert.Equal(count, await database.CountAsync("SELECT MAX(sequence) FROM issued_acts"));
                Assert.Equal(count, await database.CountAsync("SELECT last_sequence FROM number_sequences"));
                // One document per act, the PDF, its bytes kept beside its hash.
                Assert.Equal(count, await database.CountAsync("SELECT COUNT(*) FROM issued_documents"));
                Assert.Equal(count, await database.CountAsync("SELECT COUNT(*) FROM issued_documents WHERE format = 'pdf' AND content IS NOT NULL"));
                Assert.Equal(count, await database.CountAsync("SELECT COUNT(*) FROM audit_log WHERE action = 'issue'"));
                var report = await database.Register.VerifyAuditAsync(cancellationToken: TestContext.Current.CancellationToken);
                Assert.True(report.Holds, report.Broken?.ToString());
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Starts `supervision issue` on many copies of an act and kills it once the register holds
    /// <paramref name="afterActs"/> more acts, while it is in the middle of the next ones.</summary>
    private static async Task KillAfterAsync(TestRegister database, string file, int afterActs)
    {
        var before = await database.CountAsync("SELECT COUNT(*) FROM issued_acts");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The register's environment (its data folder): where the command line finds a PostgreSQL register's audit key.
        foreach (var (name, value) in database.Environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "supervision.dll"));
        start.ArgumentList.Add("issue");
        foreach (var _ in Enumerable.Range(0, 200))
        {
            start.ArgumentList.Add(file);
        }

        foreach (var argument in new[] { "--by", Staff.Deputy().Login, "--db", database.Connection })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        // Pipes are read on threads of their own: blocking reads on the pool's few threads would starve the polling below.
        var output = Task.Factory.StartNew(process.StandardOutput.ReadToEnd, TestContext.Current.CancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var error = Task.Factory.StartNew(process.StandardError.ReadToEnd, TestContext.Current.CancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var deadline = Stopwatch.StartNew();
        while (await database.CountAsync("SELECT COUNT(*) FROM issued_acts") < before + afterActs)
        {
            if (process.HasExited)
            {
                Assert.Fail($"the command ended before it was killed: {await error}");
            }

            Assert.True(deadline.Elapsed < TimeSpan.FromMinutes(2), "the command issued too slowly");
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        await Task.WhenAll(output, error);
        Assert.NotEqual(0, process.ExitCode);
    }
}

public sealed class SqliteKillTests : KillTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresKillTests : KillTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
