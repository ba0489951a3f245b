using static Supervision.Tests.Register.AuditSeq;
using Supervision.Register;

namespace Supervision.Tests.Register;

/// <summary>audit verify over remembered answers (idempotency_records): every row against its "remember-answer" entry and back.</summary>
public abstract class RememberedAnswerAuditTests : RegisterProviderTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static readonly IdempotencyRecord Answer = new(
        "person:g.saparova", "sign-0001", "sign", new string('a', 64), 201, "application/json", """{"number":"2-11-25/1"}""", new DateTimeOffset(2025, 10, 20, 6, 0, 0, TimeSpan.Zero));

    /// <summary>The shipped templates (<see cref="AuditSeq.Shipped"/>), then, counted after them, 1 and 2 two remembered answers, written as the idempotency code writes them: row and entry in one transaction.</summary>
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
        Assert.Equal(After(2), broken.Seq);
        Assert.Equal("answer sign-0002", broken.Subject);
        Assert.Contains("differs in: answer", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnswerDeletedBehindTheBackIsFoundAtItsEntry()
    {
        await using var database = await RememberedAsync();

        await database.ExecuteAsync("DELETE FROM idempotency_records WHERE key = 'sign-0001'");

        var broken = (await VerifyAsync(database)).Broken!;
        Assert.Equal(After(1), broken.Seq);
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
        await ChainForger.RewritePayloadAsync(database, After(1), AuditPayloads.RememberAnswer(forged));
        await ChainForger.RechainAsync(database, stolenKey: null);

        Assert.Equal(1, (await VerifyAsync(database)).Broken!.Seq);
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
