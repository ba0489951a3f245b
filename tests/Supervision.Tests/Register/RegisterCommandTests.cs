using System.Security.Cryptography;
using Supervision.Acts;
using Supervision.Examples;
using Supervision.Register;
using Supervision.Tests.Cli;

namespace Supervision.Tests.Register;

public abstract class RegisterCommandTests : RegisterProviderTests
{
    private protected static string ExampleFile(string folder, string name, ActLanguage language)
    {
        var path = Path.Combine(folder, $"{name}.{EnumNames.Of(language)}.json");
        File.WriteAllText(path, ActExamples.Json(name, language));
        return path;
    }

    /// <summary>Registers the offices and the district's deputy (drafter, signatory) and head (signatory).</summary>
    private protected static async Task StaffAsync(ActRegister register)
    {
        await Staff.RegisterOfficesAsync(register);
        Assert.IsType<PersonOutcome.Done>(await register.People.AddAsync(Staff.Deputy(), Staff.Admin, TestContext.Current.CancellationToken));
        Assert.IsType<PersonOutcome.Done>(await register.People.AddAsync(Staff.Head(PersonRole.Signatory), Staff.Admin, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task IssuePrintsTheNumberAndTheHashesAndWritesTheDocuments()
    {
        await using var database = await CreateAsync();
        await StaffAsync(database.Register);
        var folder = Directory.CreateTempSubdirectory("supervision-issue-");
        try
        {
            var file = ExampleFile(folder.FullName, "instruction", ActLanguage.Kk);
            var outDir = Path.Combine(folder.FullName, "out");

            var run = database.Cli("issue", file, "--by", Staff.Deputy().Login, "--db", database.Connection, "--out-dir", outDir);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal("issued 2-11-25/1 (id 1)", run.OutputLines[0]);
            // The issued PDF alone: the DOCX and HTML are re-created when asked (register document).
            Assert.Equal(2, run.OutputLines.Length);
            Assert.StartsWith("pdf sha256 ", run.OutputLines[1], StringComparison.Ordinal);
            var stored = (await database.Register.GetAsync(1, TestContext.Current.CancellationToken))!;
            foreach (var line in run.OutputLines[1..])
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                Assert.Equal("sha256", parts[1]);
                Assert.Equal(parts[2], Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(parts[3]))));
                Assert.Contains(parts[2], stored.Sha256.Values);
                Assert.Contains("2-11-25-1", Path.GetFileName(parts[3]), StringComparison.Ordinal);
            }

            Assert.Equal(Staff.Deputy().Login, stored.IssuedBy);
            Assert.Equal("Әбдірахманов Даурен Қайратұлы", stored.Prosecutor);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task IssueRefusesAnInvalidActWithExitOneAndAnUnknownPersonOrOneWithoutTheRoleWithExitTwo()
    {
        await using var database = await CreateAsync();
        await StaffAsync(database.Register);
        Assert.IsType<PersonOutcome.Done>(await database.Register.People.AddAsync(Staff.Assistant(PersonRole.Drafter), Staff.Admin, TestContext.Current.CancellationToken));
        var folder = Directory.CreateTempSubdirectory("supervision-issue-");
        try
        {
            var invalid = Path.Combine(folder.FullName, "invalid.json");
            File.WriteAllText(invalid, ActExamples.Json("instruction", ActLanguage.Ru).Replace("\"deadline\": \"2025-", "\"deadline\": \"2024-", StringComparison.Ordinal));
            var valid = ExampleFile(folder.FullName, "instruction", ActLanguage.Ru);

            var refused = database.Cli("issue", invalid, "--by", Staff.Head().Login, "--db", database.Connection);
            var unknownPerson = database.Cli("issue", valid, "--by", "nobody", "--db", database.Connection);
            var drafterOnly = database.Cli("issue", valid, "--by", Staff.Assistant().Login, "--db", database.Connection);
            var noIssuer = database.Cli("issue", valid, "--db", database.Connection);
            var oldOption = database.Cli("issue", valid, "--by", Staff.Head().Login, "--office-code", Office, "--db", database.Connection);

            Assert.Equal(1, refused.ExitCode);
            Assert.Contains(refused.OutputLines, line => line.StartsWith("deadline: term-too-short", StringComparison.Ordinal));
            Assert.Equal(2, unknownPerson.ExitCode);
            Assert.Equal("error: --by: no person has the login nobody (person list shows them)", unknownPerson.ErrorLines.Single());
            Assert.Equal(2, drafterOnly.ExitCode);
            Assert.Contains(": forbidden: g.saparova may not issue acts", drafterOnly.Error, StringComparison.Ordinal);
            Assert.Equal(2, noIssuer.ExitCode);
            Assert.Equal(2, oldOption.ExitCode);
            Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM issued_acts"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task ListStatusDocumentAndAuditVerifyWorkOnTheSameRegister()
    {
        await using var database = await CreateAsync();
        await StaffAsync(database.Register);
        await IssueAsync(database.Register, Example(ActKind.Instruction));
        await IssueAsync(database.Register, Example(ActKind.Protest));
        var db = database.Connection;
        var folder = Directory.CreateTempSubdirectory("supervision-register-");
        try
        {
            var status = database.Cli("register", "status", "1", "--db", db, "--status", "executed", "--answer-date", "2025-10-30", "--answer-number", "15-2/334", "--by", Staff.Head().Login);
            var executed = database.Cli("register", "list", "--db", db, "--status", "executed");
            var dueBefore = database.Cli("register", "list", "--db", db, "--office", Office, "--due-before", "2025-12-01");
            var document = database.Cli("register", "document", "2", "--db", db, "--format", "pdf", "--out", Path.Combine(folder.FullName, "protest.pdf"));
            var docx = database.Cli("register", "document", "2", "--db", db, "--format", "docx", "--out", Path.Combine(folder.FullName, "protest.docx"));
            var show = database.Cli("register", "show", "1", "--db", db);
            var holds = database.Cli("audit", "verify", "--db", db);

            Assert.Equal(0, status.ExitCode);
            Assert.Contains("executed 2025-10-30 № 15-2/334", status.Output, StringComparison.Ordinal);
            Assert.Equal(["1  2-11-25/1", "1 act(s)"], executed.OutputLines.Select(line => line.Length > 12 ? line[..12] : line));
            Assert.Equal(2, dueBefore.OutputLines.Length);
            Assert.Equal(0, document.ExitCode);
            Assert.EndsWith("(as issued)", document.OutputLines[0], StringComparison.Ordinal);
            // The DOCX is re-created, with no hash stored at issue to compare with.
            Assert.Equal(0, docx.ExitCode);
            Assert.Matches("protest\\.docx  sha256 [0-9a-f]{64}$", docx.OutputLines[0]);
            Assert.Contains("template templates-ru/instruction.sbn v1", show.OutputLines);
            Assert.Equal(0, holds.ExitCode);
            Assert.Equal($"audit chain holds ({ShippedTemplates.Count + 8} entries)", holds.OutputLines[0]);

            await database.ExecuteAsync("UPDATE issued_acts SET answer_number = '15-2/335' WHERE id = 1");
            var broken = database.Cli("audit", "verify", "--db", db);

            Assert.Equal(1, broken.ExitCode);
            Assert.StartsWith($"audit chain broken at entry {ShippedTemplates.Count + 8} (2-11-25/1): ", broken.OutputLines[0], StringComparison.Ordinal);
            Assert.Contains("answerNumber", broken.Output, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task ARefusedStatusChangeExitsOneAndAnUnknownIdExitsTwo()
    {
        await using var database = await CreateAsync();
        await StaffAsync(database.Register);
        await IssueAsync(database.Register, Example(ActKind.Instruction));
        var head = Staff.Head().Login;

        var noNumber = database.Cli("register", "status", "1", "--db", database.Connection, "--status", "answered", "--answer-date", "2025-10-17", "--by", head);
        var unknown = database.Cli("register", "status", "7", "--db", database.Connection, "--status", "withdrawn", "--answer-date", "2025-10-17", "--by", head);
        var badStatus = database.Cli("register", "status", "1", "--db", database.Connection, "--status", "done", "--answer-date", "2025-10-17", "--by", head);
        var stranger = database.Cli("register", "status", "1", "--db", database.Connection, "--status", "withdrawn", "--answer-date", "2025-10-17", "--by", Staff.Deputy().Login);
        var nobody = database.Cli("register", "status", "1", "--db", database.Connection, "--status", "withdrawn", "--answer-date", "2025-10-17");

        Assert.Equal((1, 2, 2, 2, 2), (noNumber.ExitCode, unknown.ExitCode, badStatus.ExitCode, stranger.ExitCode, nobody.ExitCode));
        Assert.Contains("answer's number", noNumber.Error, StringComparison.Ordinal);
        Assert.StartsWith("error: forbidden: d.abdirakhmanov is neither the signatory of 2-11-25/1", stranger.Error, StringComparison.Ordinal);
    }

    /// <summary>Registers the offices and two editors: the district's deputy and its head.</summary>
    private static async Task EditorsAsync(ActRegister register)
    {
        await Staff.RegisterOfficesAsync(register);
        Assert.IsType<PersonOutcome.Done>(await register.People.AddAsync(Staff.Deputy(PersonRole.Editor), Staff.Admin, TestContext.Current.CancellationToken));
        Assert.IsType<PersonOutcome.Done>(await register.People.AddAsync(Staff.Head(PersonRole.Editor), Staff.Admin, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ProposingATemplateThatFailsTheLinterPrintsWhereAndExitsOneAndAnotherEditorMakesAGoodOneLive()
    {
        await using var database = await CreateAsync();
        var folder = Directory.CreateTempSubdirectory("supervision-publish-");
        try
        {
            var text = await database.Register.TemplateTextAsync("templates-kk/order.sbn", cancellationToken: TestContext.Current.CancellationToken);
            var broken = Path.Combine(folder.FullName, "broken.sbn");
            var edited = Path.Combine(folder.FullName, "edited.sbn");
            File.WriteAllText(broken, text + "\n{{ act.nothing }}\n");
            File.WriteAllText(edited, text + "\n");

            await EditorsAsync(database.Register);
            var rejected = database.Cli("register", "publish", "templates-kk/order.sbn", broken, "--by", Staff.Deputy().Login, "--db", database.Connection);
            var proposed = database.Cli("register", "publish", "templates-kk/order.sbn", edited, "--by", Staff.Deputy().Login, "--db", database.Connection);
            var pending = database.Cli("register", "templates", "--path", "templates-kk/order.sbn", "--db", database.Connection);
            var ownApproval = database.Cli("register", "approve", "templates-kk/order.sbn", "2", "--by", Staff.Deputy().Login, "--db", database.Connection);
            var approved = database.Cli("register", "approve", "templates-kk/order.sbn", "2", "--by", Staff.Head().Login, "--db", database.Connection);
            var versions = database.Cli("register", "templates", "--path", "templates-kk/order.sbn", "--db", database.Connection);

            Assert.Equal(1, rejected.ExitCode);
            Assert.Contains(rejected.OutputLines, line => line.StartsWith("templates-kk/order.sbn:", StringComparison.Ordinal) && line.Contains("act.nothing", StringComparison.Ordinal));
            Assert.Equal(0, proposed.ExitCode);
            Assert.StartsWith("proposed templates-kk/order.sbn v2", proposed.Output, StringComparison.Ordinal);
            Assert.Contains("v1  live", pending.OutputLines[1], StringComparison.Ordinal);
            Assert.Equal(2, ownApproval.ExitCode);
            Assert.StartsWith("error: forbidden: d.abdirakhmanov proposed templates-kk/order.sbn version 2", ownApproval.Error, StringComparison.Ordinal);
            Assert.Equal(0, approved.ExitCode);
            Assert.StartsWith("live templates-kk/order.sbn v2", approved.Output, StringComparison.Ordinal);
            Assert.Equal(2, versions.OutputLines.Length);
            Assert.Contains("v2  live", versions.OutputLines[0], StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task RenderWithTheRegisterWordsTheActByTheLiveTemplatesAndWithoutItByTheShippedOnes()
    {
        await using var database = await CreateAsync();
        var folder = Directory.CreateTempSubdirectory("supervision-live-render-");
        try
        {
            const string Shipped = "оның нәтижелері туралы прокуратураға жазбаша хабарлансын.";
            const string Published = "оның нәтижелері туралы растайтын құжаттар қоса беріліп, прокуратураға жазбаша хабарлансын.";
            var text = await database.Register.TemplateTextAsync("templates-kk/order.sbn", cancellationToken: TestContext.Current.CancellationToken);
            Assert.Contains(Shipped, text, StringComparison.Ordinal);
            var edited = Path.Combine(folder.FullName, "order.sbn");
            File.WriteAllText(edited, text!.Replace(Shipped, Published, StringComparison.Ordinal));
            var act = ExampleFile(folder.FullName, "order", ActLanguage.Kk);

            await EditorsAsync(database.Register);
            var proposed = database.Cli("register", "publish", "templates-kk/order.sbn", edited, "--by", Staff.Deputy().Login, "--db", database.Connection);
            var notYet = database.Cli("render", act, "--format", "text", "--db", database.Connection);
            var published = database.Cli("register", "approve", "templates-kk/order.sbn", "2", "--by", Staff.Head().Login, "--db", database.Connection);
            var live = database.Cli("render", act, "--format", "text", "--db", database.Connection);
            var shipped = CliRun.Of("render", act, "--format", "text");

            Assert.Equal(0, proposed.ExitCode);
            Assert.DoesNotContain("растайтын құжаттар", notYet.Output, StringComparison.Ordinal);
            Assert.Equal(0, published.ExitCode);
            Assert.Equal(0, live.ExitCode);
            Assert.Contains("орындалып, оның нәтижелері туралы растайтын құжаттар қоса беріліп, прокуратураға жазбаша хабарлансын.", live.Output, StringComparison.Ordinal);
            Assert.Equal(0, shipped.ExitCode);
            Assert.DoesNotContain("растайтын құжаттар", shipped.Output, StringComparison.Ordinal);
            Assert.Contains("орындалып, оның нәтижелері туралы прокуратураға жазбаша хабарлансын.", shipped.Output, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

public sealed class SqliteRegisterCommandTests : RegisterCommandTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;

    [Fact]
    public void ARegisterThatCannotBeOpenedIsOneLineAndExitTwo()
    {
        var run = CliRun.Of("audit", "verify", "--db", "/nonexistent/folder/supervision.db");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.StartsWith("error: the register (", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpNamesTheRegisterVerbs()
    {
        var help = CliRun.Of("--help").Output;

        Assert.Contains("supervision issue FILE...", help, StringComparison.Ordinal);
        Assert.Contains("supervision register list", help, StringComparison.Ordinal);
        Assert.Contains("supervision register status ID", help, StringComparison.Ordinal);
        Assert.Contains("supervision audit verify", help, StringComparison.Ordinal);
        Assert.Contains("--db CONN, else Register__Connection", help, StringComparison.Ordinal);
    }
}

public sealed class PostgresRegisterCommandTests : RegisterCommandTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;

    [Fact]
    public void AServerThatDoesNotAnswerIsOneLineWithoutThePasswordAndExitTwo()
    {
        var run = CliRun.Of("audit", "verify", "--db", "Host=127.0.0.1;Port=1;Database=none;Username=none;Password=secret;Timeout=3");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.DoesNotContain("secret", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANulCharacterPostgreSqlCannotStoreIsBadInputInTheRegistersWordsNotTheServers()
    {
        await using var database = await CreateAsync();
        await StaffAsync(database.Register);
        var folder = Directory.CreateTempSubdirectory("supervision-issue-");
        try
        {
            Assert.Equal(0, database.Cli("issue", ExampleFile(folder.FullName, "instruction", ActLanguage.Kk), "--by", Staff.Deputy().Login, "--db", database.Connection).ExitCode);

            // The answer's number is free text that no rule checks for control characters: PostgreSQL refuses the NUL (SQLSTATE 22021).
            var run = database.Cli("register", "status", "1", "--db", database.Connection, "--status", "executed", "--answer-date", "2025-10-20", "--answer-number", "15-2\0/330", "--by", Staff.Deputy().Login);

            Assert.Equal(2, run.ExitCode);
            Assert.Equal("error: the register cannot store text with a character the database cannot hold (a NUL character, or bytes that are not UTF-8)", Assert.Single(run.ErrorLines));
            Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM issued_acts WHERE status <> 'issued'"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
