using Supervision.Register;

namespace Supervision.Tests.Register;

/// <summary>audit verify over remembered answers (idempotency_records): every row against its "remember-answer" entry and back.</summary>
public abstract class RememberedAnswerAuditTests : RegisterProviderTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static readonly IdempotencyRecord Answer = new(
        "person:g.saparova", "sign-0001", "sign", new string('a', 64), 201, "application/json", """{"number":"2-11-25/1"}""", new DateTimeOffset(2025, 10, 20, 6, 0, 0, TimeSpan.Zero));

    /// <summary>N shipped (<see cref="ShippedTemplates"/>) templates, then N+1 and N+2 two remembered answers, written as the idempotency code writes them: row and entry in one transaction.</summary>
    private async Task<TestRegister> RememberedAsync()
    {
        var database = await CreateAsync();
        await RememberAsync(database, Answer);
        await RememberAsync(database, Answer with { Key = "sign-0002", Answer = """{"number":"2-11-25/2"}""" });
        Assert.True((await VerifyAsync(database)).Holds);
        return database;
    }

    private static async Task RememberAsync(TestRegister database, IdempotencyRecord record)
    {
        var store = database.Register.Store;
        await using var connection = await store.OpenAsync(Cancellation);
        await using var transaction = await store.BeginWriteAsync(connection, Cancellation);
        await Sql.ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO idempotency_records (principal, key, operation, request_sha256, status_code, content_type, answer, created_at) VALUES (@principal, @key, @operation, @request, @status, @type, @answer, @at)",
            [("principal", record.Principal), ("key", record.Key), ("operation", record.Operation), ("request", record.RequestSha256), ("status", record.StatusCode), ("type", record.ContentType), ("answer", record.Answer), ("at", record.CreatedAt)],
            Cancellation);
        await AuditChain.AppendAsync(store, connection, transaction, (record.Principal, AuditEntry.RememberAnswer, $"answer {record.Key}", AuditPayloads.RememberAnswer(record), record.CreatedAt), Cancellation);
        await transaction.CommitAsync(Cancellation);
    }

    private static Task<AuditReport> VerifyAsync(TestRegister database) => database.Register.VerifyAuditAsync(cancellationToken: Cancellation);

    [Fact]
    public async Task AnAnswerChangedBehindTheBackIsFoundAtItsEntry()
    {
        await using var database = await RememberedAsync();

        await database.ExecuteAsync("UPDATE idempotency_records SET answer = '{\"number\":\"2-11-25/9\"}' WHERE key = 'sign-0002'");

        var broken = (await VerifyAsync(database)).Broken!;
        Assert.Equal(ShippedTemplates.Count + 2, broken.Seq);
        Assert.Equal("answer sign-0002", broken.Subject);
        Assert.Contains("differs in: answer", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnswerDeletedBehindTheBackIsFoundAtItsEntry()
    {
        await using var database = await RememberedAsync();

        await database.ExecuteAsync("DELETE FROM idempotency_records WHERE key = 'sign-0001'");

        var broken = (await VerifyAsync(database)).Broken!;
        Assert.Equal(ShippedTemplates.Count + 1, broken.Seq);
        Assert.Contains("deleted", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnswerAddedBehindTheBackIsFound()
    {
        await using var database = await RememberedAsync();

        await database.ExecuteAsync(
            "INSERT INTO idempotency_records (principal, key, operation, request_sha256, status_code, content_type, answer, created_at) " +
            "SELECT principal, 'sign-0003', operation, request_sha256, status_code, content_type, answer, created_at FROM idempotency_records WHERE key = 'sign-0001'");

        var broken = (await VerifyAsync(database)).Broken!;
        Assert.Null(broken.Seq);
        Assert.Equal("answer sign-0003", broken.Subject);
    }

    [Fact]
    public async Task AnAnswerChangedWithItsEntryAndAPlainRechainIsFoundAtTheFirstEntry()
    {
        await using var database = await RememberedAsync();

        var forged = Answer with { StatusCode = 422 };
        await database.ExecuteAsync("UPDATE idempotency_records SET status_code = 422 WHERE key = 'sign-0001'");
        await ChainForger.RewritePayloadAsync(database, ShippedTemplates.Count + 1, AuditPayloads.RememberAnswer(forged));
        await ChainForger.RechainAsync(database, stolenKey: null);

        Assert.Equal(1, (await VerifyAsync(database)).Broken!.Seq);
    }

    [Fact]
    public async Task AnswersAreKeptSevenDaysThenForgottenWithOneEntryAndTheChainStillHolds()
    {
        await using var database = await RememberedAsync();
        await RememberAsync(database, Answer with { Key = "sign-0003", CreatedAt = Answer.CreatedAt.AddDays(3) });
        var entries = await database.CountAsync("SELECT COUNT(*) FROM audit_log");

        // Six days and 23 hours after the first two: nothing is old enough, and nothing is written.
        database.Clock.Set(Answer.CreatedAt.AddDays(7).AddHours(-1));
        Assert.Equal(0, await database.Register.ForgetOldAnswersAsync(Cancellation));
        Assert.Equal(entries, await database.CountAsync("SELECT COUNT(*) FROM audit_log"));

        // Seven days and one hour after: the first two go, the one three days younger stays.
        database.Clock.Set(Answer.CreatedAt.AddDays(7).AddHours(1));
        Assert.Equal(2, await database.Register.ForgetOldAnswersAsync(Cancellation));

        Assert.Equal("sign-0003", await database.TextAsync("SELECT key FROM idempotency_records"));
        Assert.Equal(entries + 1, await database.CountAsync("SELECT COUNT(*) FROM audit_log"));
        Assert.Equal(
            $"{AuditEntry.ForgetAnswers} answers before 2025-10-20T07:00:00.000Z register",
            await database.TextAsync("SELECT action || ' ' || subject || ' ' || actor FROM audit_log ORDER BY seq DESC LIMIT 1"));
        var report = await VerifyAsync(database);
        Assert.True(report.Holds, report.Broken?.Reason);

        // The one left is still checked against its entry.
        await database.ExecuteAsync("DELETE FROM idempotency_records WHERE key = 'sign-0003'");
        Assert.Contains("deleted", (await VerifyAsync(database)).Broken!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnswerDeletedBehindTheBackBeforeItsTimeIsStillFoundOnceTheRestAreForgotten()
    {
        await using var database = await RememberedAsync();
        await database.ExecuteAsync("DELETE FROM idempotency_records WHERE key = 'sign-0001'");

        database.Clock.Set(Answer.CreatedAt.AddDays(8));
        Assert.Equal(1, await database.Register.ForgetOldAnswersAsync(Cancellation));

        var broken = (await VerifyAsync(database)).Broken!;
        Assert.Equal(ShippedTemplates.Count + 3, broken.Seq);
        Assert.Equal("it deleted 1 remembered answers, but the chain remembered 2 created before 2025-10-21T06:00:00.000Z (answers deleted or added behind the application's back)", broken.Reason);
    }

    [Fact]
    public async Task AForgettingEntryWhoseCountIsChangedWithoutTheKeyBreaksTheChainThere()
    {
        await using var database = await RememberedAsync();
        database.Clock.Set(Answer.CreatedAt.AddDays(8));
        Assert.Equal(2, await database.Register.ForgetOldAnswersAsync(Cancellation));
        Assert.True((await VerifyAsync(database)).Holds);

        await ChainForger.RewritePayloadAsync(database, ShippedTemplates.Count + 3, AuditPayloads.ForgetAnswers(Answer.CreatedAt.AddDays(1), 3));

        Assert.Equal(ShippedTemplates.Count + 3, (await VerifyAsync(database)).Broken!.Seq);
    }

    [Fact]
    public async Task ARegisterIsNotOpenedToKeepAnswersUnderADay()
    {
        await using var database = await CreateAsync(open: false);

        var refused = await Assert.ThrowsAsync<RegisterException>(() => database.OpenAnotherAsync(options => options with { KeepAnswersFor = TimeSpan.FromHours(23) }));

        Assert.StartsWith("remembered answers are kept at least 24 hours, not 23:00:00", refused.Message, StringComparison.Ordinal);
    }
}

public sealed class SqliteRememberedAnswerAuditTests : RememberedAnswerAuditTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresRememberedAnswerAuditTests : RememberedAnswerAuditTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
