using System.Security.Cryptography;
using Npgsql;
using Supervision.Register;

namespace Supervision.Api.Tests.Operations;

/// <summary>
/// Issue 16, a PostgreSQL register's audit key in the data folder: with no key setting, the service and the command
/// line (given the register's connection as --db), each started from a working folder of its own, key the chain with the one file
/// <c>supervision-audit.key</c> in the data folder they share, so <c>audit verify</c> from the command line holds
/// over what the service wrote. A key an older version left in the working folder, while the data folder has none,
/// stops both with the <c>mv</c> that moves it, and nothing is opened: no new key, no table.
/// </summary>
public sealed class PostgresAuditKeyTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheServiceAndTheCommandLineKeyOnePostgresChainWithTheDataFoldersKeyFile()
    {
        await using var database = await TestDatabase.CreateAsync(RegisterProvider.Postgres, "supervision-pg-key-", "supervision.db", "audit_key_test_");
        var environment = ServiceAddressTests.Fresh();
        var data = environment["SUPERVISION_DATA"];
        environment["Register__Connection"] = database.Connection;
        var serviceFolder = Directory.CreateTempSubdirectory("supervision-service-cwd-").FullName;
        var cliFolder = Directory.CreateTempSubdirectory("supervision-cli-cwd-").FullName;
        var address = new Uri($"http://127.0.0.1:{ServiceLauncher.FreePort()}");
        environment["Urls"] = address.ToString().TrimEnd('/');

        string keyWhileServing;
        (int Code, string Output, string Error) office;
        var service = await ServiceLauncher.StartServiceAsync(address, environment, [], Cancellation, serviceFolder);
        try
        {
            using var client = new HttpClient { BaseAddress = address };
            // Ready: the register is open, its chain keyed (the first administrator and the shipped templates are in it).
            var ready = await PdfFontsMissingTests.WaitUntilReadyAsync(client);
            Assert.Equal("Healthy", ready.GetProperty("status").GetString());
            keyWhileServing = await File.ReadAllTextAsync(Path.Combine(data, "supervision-audit.key"), Cancellation);
            // The command line writes into the same chain while the service runs.
            office = await ServiceLauncher.RunCliInAsync(cliFolder, environment, null, Cancellation,
                "office", "add", "--db", database.Connection, "--index", "1", "--level", "general", "--name-kk", "Қазақстан Республикасының Бас прокуратурасы", "--name-ru", "Генеральная прокуратура Республики Казахстан");
        }
        finally
        {
            await service.DisposeAsync();
        }

        var verified = await ServiceLauncher.RunCliInAsync(cliFolder, environment, null, Cancellation, "audit", "verify", "--db", database.Connection);

        Assert.True(office.Code == 0, office.Error + office.Output);
        Assert.True(verified.Code == 0, verified.Error + verified.Output);
        Assert.Matches(@"audit chain holds \(\d+ entries\)", verified.Output);
        Assert.Equal(keyWhileServing, await File.ReadAllTextAsync(Path.Combine(data, "supervision-audit.key"), Cancellation));
        Assert.False(File.Exists(Path.Combine(serviceFolder, "supervision-audit.key")), "the service made no key in its working folder");
        Assert.False(File.Exists(Path.Combine(cliFolder, "supervision-audit.key")), "the command line made no key in its working folder");
        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM offices"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(data, "supervision-audit.key")));
        }
    }

    [Fact]
    public async Task AKeyLeftInTheWorkingFolderByAnOlderVersionStopsTheServiceAndTheCommandLineWithTheMoveToMake()
    {
        await using var database = await TestDatabase.CreateAsync(RegisterProvider.Postgres, "supervision-pg-key-", "supervision.db", "legacy_key_test_");
        var environment = ServiceAddressTests.Fresh();
        var data = environment["SUPERVISION_DATA"];
        environment["Register__Connection"] = database.Connection;
        environment["Urls"] = $"http://127.0.0.1:{ServiceLauncher.FreePort()}";
        var working = Directory.CreateTempSubdirectory("supervision-old-cwd-").FullName;
        var legacy = Path.Combine(working, "supervision-audit.key");
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) + "\n";
        await File.WriteAllTextAsync(legacy, key, Cancellation);
        var move = $"mv '{legacy}' '{Path.Combine(data, "supervision-audit.key")}'";

        var started = await ServiceLauncher.RunServiceToEndAsync(environment, working, Cancellation);
        var verified = await ServiceLauncher.RunCliInAsync(working, environment, null, Cancellation, "audit", "verify", "--db", database.Connection);

        Assert.NotEqual(0, started.Code);
        Assert.Contains(move, started.Error + started.Output, StringComparison.Ordinal);
        Assert.Equal(2, verified.Code);
        Assert.Contains(move, verified.Error, StringComparison.Ordinal);
        Assert.Contains("a new key would make every entry of the audit chain fail verification", verified.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(data, "supervision-audit.key")), "no new key in the data folder");
        Assert.Equal(key, await File.ReadAllTextAsync(legacy, Cancellation));
        var schema = new NpgsqlConnectionStringBuilder(database.Connection).SearchPath;
        Assert.Equal(0, await database.CountAsync($"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '{schema}'"));
    }
}
