using System.Collections.Concurrent;
using Supervision.Acts;
using Supervision.Generation;
using Supervision.Reading;
using Supervision.Register;

namespace Supervision.Tests.Register;

public abstract class NumberingTests : RegisterProviderTests
{
    [Fact]
    public async Task TwoHundredActsFromSixteenConcurrentClientsGetNumbersOneToTwoHundredEachOnce()
    {
        await using var database = await CreateAsync();
        var act = Example(ActKind.Instruction);
        await IssueAsync(database.Register, act); // registers the office, so that every client finds it by name
        var clients = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => database.OpenAnotherAsync()));
        var numbers = new ConcurrentBag<IssuedAct>();
        var next = 1;
        using var start = new ManualResetEventSlim();

        var workers = clients.Select(client => Task.Run(async () =>
        {
            start.Wait(TestContext.Current.CancellationToken);
            while (Interlocked.Increment(ref next) <= 200)
            {
                numbers.Add(await IssueAsync(client, act, office: null));
            }
        })).ToList();
        start.Set();
        await Task.WhenAll(workers);

        var all = numbers.Append((await database.Register.GetAsync(1, TestContext.Current.CancellationToken))!).ToList();
        Assert.Equal(Enumerable.Range(1, 200), all.Select(issued => issued.Sequence).Order());
        Assert.Equal(200, all.Select(issued => issued.RegistrationNumber).Distinct().Count());
        Assert.All(all, issued => Assert.Equal(RegistrationNumbers.Format(Office, 2025, issued.Sequence), issued.RegistrationNumber));
        Assert.Equal(200, await database.CountAsync("SELECT COUNT(*) FROM issued_acts"));
        Assert.Equal(200, await database.CountAsync("SELECT last_sequence FROM number_sequences"));
        Assert.True((await database.Register.VerifyAuditAsync(cancellationToken: TestContext.Current.CancellationToken)).Holds);
    }

    [Fact]
    public async Task NumbersRunPerOfficeAndYearFromOne()
    {
        await using var database = await CreateAsync();
        var act = Example(ActKind.Instruction);
        var other = act with { Office = act.Office! with { Name = "Прокуратура района Байконур города Астаны" } };
        var nextYear = (Instruction)act with { Date = new DateOnly(2026, 1, 15), Deadline = new DateOnly(2026, 2, 5) };

        var first = await IssueAsync(database.Register, act);
        var second = await IssueAsync(database.Register, act);
        var otherFirst = await IssueAsync(database.Register, other, "2-12");
        var nextYearFirst = await IssueAsync(database.Register, nextYear);

        Assert.Equal(["2-11-25/1", "2-11-25/2", "2-12-25/1", "2-11-26/1"], [first.RegistrationNumber, second.RegistrationNumber, otherFirst.RegistrationNumber, nextYearFirst.RegistrationNumber]);
        Assert.Equal((2026, 1), (nextYearFirst.Year, nextYearFirst.Sequence));
    }

    [Fact]
    public async Task AnActDatedACenturyAheadDrawsFromTheNumbersItsYearPrintsAndDoesNotJamThem()
    {
        await using var database = await CreateAsync();
        // A validator whose today is in 2126, so that whatever bounds it sets on an act's date let the typo through.
        var clock = new TestClock(new DateTimeOffset(2126, 1, 20, 6, 0, 0, TimeSpan.Zero));
        await using var register = await ActRegister.OpenAsync(
            new RegisterOptions { Connection = database.Connection, AuditKeyFile = database.AuditKeyFile, Clock = clock, Validator = new Supervision.Validation.ActValidator(Supervision.Validation.ActPolicy.Default, Supervision.Calendar.WorkingCalendar.Kazakhstan, clock: clock) },
            TestContext.Current.CancellationToken);
        var act = (Instruction)Example(ActKind.Instruction);
        var typo = act with { Date = new DateOnly(2126, 1, 15), Deadline = new DateOnly(2126, 2, 5) };
        var meant = act with { Date = new DateOnly(2026, 1, 15), Deadline = new DateOnly(2026, 2, 5) };

        var century = await IssueAsync(register, typo);
        var next = await IssueAsync(register, meant);

        // Both print "26": one sequence, so the 2026 act takes the next printed number instead of clashing on /1.
        Assert.Equal(("2-11-26/1", 2126), (century.RegistrationNumber, century.Year));
        Assert.Equal(("2-11-26/2", 2026, 2), (next.RegistrationNumber, next.Year, next.Sequence));
        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM number_sequences"));
        Assert.Equal(2, await database.CountAsync("SELECT last_sequence FROM number_sequences WHERE printed_year = 26"));
    }

    [Fact]
    public async Task TheNumberIsWrittenIntoTheActAndItsDocumentsBeforeRendering()
    {
        await using var database = await CreateAsync();

        var outcome = Assert.IsType<IssueOutcome.Issued>(
            await database.Register.IssueAsync(new IssueRequest(Example(ActKind.Order, ActLanguage.Kk), Issuer, Office), TestContext.Current.CancellationToken));

        Assert.Equal("2-11-25/1", ActReader.Read(outcome.Act.ActJson).Act!.Number);
        var pdf = outcome.Documents.Single(document => document.Format == OutputFormat.Pdf).Content;
        Assert.Contains("2-11-25/1", ExternalTools.PdfText(pdf), StringComparison.Ordinal);
        Assert.Equal([IssuedFormats.Kept], outcome.Documents.Select(document => document.Format));
        Assert.Equal([IssuedFormats.Kept], outcome.Act.Sha256.Keys);
        Assert.All(outcome.Documents, document => Assert.Equal(outcome.Act.Sha256[document.Format], Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(document.Content))));
    }

    [Fact]
    public async Task AnOfficeIsFoundByItsNameAfterItsFirstActAndKeepsItsIndex()
    {
        await using var database = await CreateAsync();
        var act = Example(ActKind.Instruction);
        var cancellation = TestContext.Current.CancellationToken;

        var unknown = await database.Register.IssueAsync(new IssueRequest(act, Issuer), cancellation);
        await IssueAsync(database.Register, act);
        var byName = await IssueAsync(database.Register, act, office: null);
        var otherIndex = await database.Register.IssueAsync(new IssueRequest(act, Issuer, "2-99"), cancellation);
        var badIndex = await database.Register.IssueAsync(new IssueRequest(act, Issuer, "2/11"), cancellation);

        Assert.Contains("registration index", Assert.IsType<IssueOutcome.Refused>(unknown).Message, StringComparison.Ordinal);
        Assert.Equal("2-11-25/2", byName.RegistrationNumber);
        Assert.Contains("issues under the index 2-11", Assert.IsType<IssueOutcome.Refused>(otherIndex).Message, StringComparison.Ordinal);
        Assert.IsType<IssueOutcome.Refused>(badIndex);
        Assert.Equal(2, await database.CountAsync("SELECT COUNT(*) FROM issued_acts"));
    }

    [Fact]
    public async Task AnInvalidActIsNotStoredAndUsesNoNumber()
    {
        await using var database = await CreateAsync();
        var act = Example(ActKind.Instruction);
        var cancellation = TestContext.Current.CancellationToken;

        var invalid = await database.Register.IssueAsync(new IssueRequest(act with { Signatory = null }, Issuer, Office), cancellation);
        var valid = await IssueAsync(database.Register, act);

        Assert.Contains(Assert.IsType<IssueOutcome.Invalid>(invalid).Errors, error => error.Path == "signatory");
        Assert.Equal(1, valid.Sequence);
        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM issued_acts"));
    }
}

public sealed class SqliteNumberingTests : NumberingTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresNumberingTests : NumberingTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
