using Supervision.Acts;
using Supervision.Register;
using Supervision.Templating;

namespace Supervision.Tests.Register;

public abstract class MigrationTests : RegisterProviderTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MigrationsRunOnAnEmptyDatabaseAndAgainApplyNothing()
    {
        await using var database = await CreateAsync(open: false);

        var first = await database.OpenAnotherAsync();
        await IssueAsync(first, Example(ActKind.Order));
        var again = await database.OpenAnotherAsync();

        var expected = Migrations.For(Provider).Select(script => script.Version).ToList();
        // Numbered 1..N without a gap, in order; 0019 (acts' JSON compressed with lz4) is the newest this test knows of.
        Assert.Equal(Enumerable.Range(1, expected.Count), expected);
        Assert.Contains(19, expected);
        Assert.True(expected.Count >= 7, $"only {expected.Count} migrations are embedded");
        Assert.Equal(expected, await again.SchemaVersionsAsync(Cancellation));
        Assert.Equal(expected.Count, await database.CountAsync("SELECT COUNT(*) FROM schema_version"));
        Assert.Equal(TemplateSources.Embedded().Count, await database.CountAsync("SELECT COUNT(*) FROM template_versions"));
        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM issued_acts"));
        Assert.Equal(TemplateSources.Embedded().Count + 1, (await again.VerifyAuditAsync(cancellationToken: Cancellation)).Entries);
    }

    [Fact]
    public async Task ManyProgramsStartingAtOnceOnAnEmptyDatabaseMigrateAndSeedOnce()
    {
        await using var database = await CreateAsync(open: false);

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(database.OpenAnotherAsync)));

        Assert.Equal(Migrations.For(Provider).Count, await database.CountAsync("SELECT COUNT(*) FROM schema_version"));
        Assert.Equal(TemplateSources.Embedded().Count, await database.CountAsync("SELECT COUNT(*) FROM template_versions"));
        Assert.True((await database.Register.VerifyAuditAsync(cancellationToken: Cancellation)).Holds);
    }

    [Fact]
    public async Task CountersOfYearsThatPrintAlikeMergeIntoOneAndTheNextActTakesTheNumberAfterTheLarger()
    {
        await using var database = await CreateAsync(open: false);
        await using (var store = RegisterStores.Open(database.Connection, Provider))
        {
            Assert.Equal(Enumerable.Range(1, 5), await Migrations.RunAsync(store, TimeProvider.System, Cancellation, upTo: 5));
        }

        var act = (Instruction)Example(ActKind.Instruction) with { Date = new DateOnly(2026, 1, 15), Deadline = new DateOnly(2026, 2, 5) };
        // A register of schema 5, whose counters were kept per full year: 2026 at 5, and 2126 (a typo) at 1.
        await database.ExecuteAsync($"INSERT INTO offices (code, level) VALUES ('{Office}', '{EnumNames.Of(act.Office!.Level!.Value)}')");
        await database.ExecuteAsync($"INSERT INTO number_sequences (office_code, year, last_sequence) VALUES ('{Office}', 2026, 5), ('{Office}', 2126, 1)");

        var register = await database.OpenAnotherAsync();
        var next = await IssueAsync(register, act);

        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM number_sequences"));
        Assert.Equal(26, await database.CountAsync($"SELECT printed_year FROM number_sequences WHERE office_code = '{Office}'"));
        Assert.Equal("2-11-26/6", next.RegistrationNumber);
        Assert.Equal(6, await database.CountAsync("SELECT last_sequence FROM number_sequences"));
    }

    [Fact]
    public async Task ADatabaseOfANewerSchemaIsRefused()
    {
        await using var database = await CreateAsync();
        await database.ExecuteAsync("INSERT INTO schema_version (version, name, applied_at) VALUES (999, '0999_future', 'later')");

        var refused = await Assert.ThrowsAsync<RegisterException>(database.OpenAnotherAsync);

        Assert.Contains("999", refused.Message, StringComparison.Ordinal);
    }
}

public sealed class SqliteMigrationTests : MigrationTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresMigrationTests : MigrationTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;

    [Fact]
    public async Task TheKeptPdfIsStoredAsItIsNotCompressedASecondTime()
    {
        await using var database = await CreateAsync();

        await IssueAsync(database.Register, Example(ActKind.Order));

        // EXTERNAL storage: out of line, never through pglz (the PDF's streams are deflated already).
        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM pg_attribute WHERE attrelid = 'issued_documents'::regclass AND attname = 'content' AND attstorage = 'e'"));
        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM issued_documents WHERE content IS NOT NULL AND pg_column_compression(content) IS NULL AND octet_length(content) > 2048"));
    }

    [Fact]
    public async Task AnActsJsonIsCompressedWithLz4()
    {
        await using var database = await CreateAsync();
        var instruction = (Instruction)Example(ActKind.Instruction);
        // Findings of some 8 000 characters (the validator allows 10 000): a row PostgreSQL compresses (over 2 KB), as every long act's is.
        var findings = string.Join(' ', Enumerable.Repeat(instruction.Findings, 8_000 / instruction.Findings!.Length));

        await IssueAsync(database.Register, instruction with { Findings = findings });

        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM issued_acts WHERE pg_column_compression(act_json) = 'lz4'"));
        // A draft's JSON is as long as its act's: the column compresses with lz4 too.
        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM pg_attribute WHERE attrelid = 'drafts'::regclass AND attname = 'act_json' AND attcompression = 'l'"));
    }
}
