using Supervision.Register;

namespace Supervision.Tests.Register;

/// <summary>
/// The audit chain's head as a write transaction holds it: read once under its lock, moved by each entry the
/// transaction appends, and read again by the next transaction, even where the driver hands that transaction the
/// same object (Npgsql reuses a connection's transaction object).
/// </summary>
public abstract class AuditHeadTests : RegisterProviderTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static (string, string, string, string, DateTimeOffset) Fact(string subject) =>
        ("test", "test-entry", subject, "{}", new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero));

    /// <summary>Entries 1..count, each naming the one before it, the head naming the last. (audit verify would also refuse
    /// the test's own action, which no row of the register stands behind.)</summary>
    private static async Task AssertLinkedAsync(TestRegister database, long count)
    {
        Assert.Equal(count, await database.CountAsync("SELECT COUNT(DISTINCT seq) FROM audit_log WHERE seq BETWEEN 1 AND " + count));
        Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM audit_log a JOIN audit_log b ON b.seq = a.seq + 1 WHERE b.previous_hash <> a.hash"));
        Assert.Equal(1, await database.CountAsync($"SELECT COUNT(*) FROM audit_head h JOIN audit_log l ON l.seq = h.last_seq AND l.hash = h.last_hash WHERE h.last_seq = {count}"));
        var broken = (await database.Register.VerifyAuditAsync(cancellationToken: Cancellation)).Broken;
        Assert.Contains("test-entry", broken?.Reason ?? "(holds)", StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntriesAppendedInOneTransactionFollowOneAnother()
    {
        await using var database = await CreateAsync();
        var store = database.Register.Store;
        var before = await database.CountAsync("SELECT COUNT(*) FROM audit_log");

        await using (var connection = await store.OpenAsync(Cancellation))
        await using (var transaction = await store.BeginWriteAsync(connection, Cancellation))
        {
            var head = await AuditChain.LockHeadAsync(store, connection, transaction, Cancellation);
            var first = await AuditChain.AppendAsync(store, connection, transaction, Fact("one"), Cancellation);
            var second = await AuditChain.AppendAsync(store, connection, transaction, Fact("two"), Cancellation);
            var third = await AuditChain.AppendAsync(store, connection, transaction, Fact("three"), Cancellation);
            Assert.Equal((head.Seq + 1, head.Hash), (first.Seq, first.PreviousHash));
            Assert.Equal((first.Seq + 1, first.Hash), (second.Seq, second.PreviousHash));
            Assert.Equal((second.Seq + 1, second.Hash), (third.Seq, third.PreviousHash));
            await transaction.CommitAsync(Cancellation);
        }

        Assert.Equal(before + 3, await database.CountAsync("SELECT COUNT(*) FROM audit_log"));
        Assert.Equal(before + 3, await database.CountAsync("SELECT last_seq FROM audit_head"));
        await AssertLinkedAsync(database, before + 3);
    }

    [Fact]
    public async Task TheNextTransactionOnAConnectionReadsTheHeadAnotherWriterMoved()
    {
        await using var database = await CreateAsync();
        var store = database.Register.Store;
        var before = await database.CountAsync("SELECT COUNT(*) FROM audit_log");
        await using var connection = await store.OpenAsync(Cancellation);

        await using (var transaction = await store.BeginWriteAsync(connection, Cancellation))
        {
            await AuditChain.LockHeadAsync(store, connection, transaction, Cancellation);
            await AuditChain.AppendAsync(store, connection, transaction, Fact("first, on this connection"), Cancellation);
            await transaction.CommitAsync(Cancellation);
        }

        // Another writer moves the head meanwhile.
        await using (var other = await store.OpenAsync(Cancellation))
        await using (var transaction = await store.BeginWriteAsync(other, Cancellation))
        {
            await AuditChain.AppendAsync(store, other, transaction, Fact("second, on another connection"), Cancellation);
            await transaction.CommitAsync(Cancellation);
        }

        // The connection's next transaction appends without locking the head first (as the command line's issuing does).
        await using (var transaction = await store.BeginWriteAsync(connection, Cancellation))
        {
            var third = await AuditChain.AppendAsync(store, connection, transaction, Fact("third, on this connection again"), Cancellation);
            Assert.Equal(before + 3, third.Seq);
            await transaction.CommitAsync(Cancellation);
        }

        Assert.Equal(before + 3, await database.CountAsync("SELECT COUNT(*) FROM audit_log"));
        await AssertLinkedAsync(database, before + 3);
    }

    [Fact]
    public async Task EntriesPreparedOneAfterAnotherAndSentInOneCommandWithAChangeFollowOneAnother()
    {
        await using var database = await CreateAsync();
        var store = database.Register.Store;
        var before = await database.CountAsync("SELECT COUNT(*) FROM audit_log");

        await using (var connection = await store.OpenAsync(Cancellation))
        await using (var transaction = await store.BeginWriteAsync(connection, Cancellation))
        {
            // The head is locked and a read made once it is held, in one command.
            var (head, seen) = await AuditChain.LockHeadAsync(store, connection, transaction, new SqlRead<long>(
                new SqlStatement("SELECT COUNT(*) FROM audit_log WHERE seq <= @seq", [("seq", before)]),
                async (reader, cancellation) => (await Sql.RowsAsync(reader!, row => row.GetInt64(0), cancellation)).Single()), Cancellation);
            Assert.Equal((before, before), (head.Seq, seen));

            // Both entries name "@seq", "@at" ... and so does the change: joined, each keeps its own values.
            var (first, firstStatement) = AuditChain.Entry(store, transaction, Fact("one"));
            var (second, secondStatement) = AuditChain.Entry(store, transaction, Fact("two"));
            var change = new SqlStatement("UPDATE audit_head SET last_seq = @seq WHERE id = 2", [("seq", -1L)]);
            var command = SqlStatement.Join([change, firstStatement, secondStatement]);
            await Sql.ExecuteAsync(connection, transaction, command.Text, command.Parameters, Cancellation);
            Assert.Equal((head.Seq + 1, head.Hash), (first.Seq, first.PreviousHash));
            Assert.Equal((first.Seq + 1, first.Hash), (second.Seq, second.PreviousHash));
            await transaction.CommitAsync(Cancellation);
        }

        Assert.Equal(before + 2, await database.CountAsync("SELECT last_seq FROM audit_head"));
        await AssertLinkedAsync(database, before + 2);
    }

    [Fact]
    public async Task JoinedStatementsKeepTheirOwnParametersWhereTheNamesClashOrOneBeginsAnother()
    {
        await using var database = await CreateAsync();
        await using var connection = await database.Register.Store.OpenAsync(Cancellation);
        var joined = SqlStatement.Join(
        [
            new SqlStatement("SELECT @a AS v, @ab AS w", [("a", "first a"), ("ab", "first ab")]),
            new SqlStatement("SELECT @a AS v, @ab AS w", [("a", "second a"), ("ab", "second ab")]),
        ]);

        var rows = await Sql.ReadAsync(connection, null, joined.Text, joined.Parameters, async reader =>
        {
            var first = await Sql.RowsAsync(reader, row => (row.Text("v"), row.Text("w")), Cancellation);
            await reader.NextResultAsync(Cancellation);
            return first.Concat(await Sql.RowsAsync(reader, row => (row.Text("v"), row.Text("w")), Cancellation)).ToList();
        }, Cancellation);

        Assert.Equal([("first a", "first ab"), ("second a", "second ab")], rows);
    }

    [Fact]
    public async Task BothReadsInOneCommandEachReadTheirOwnResultsAndAReadWithoutStatementReadsNothing()
    {
        await using var database = await CreateAsync();
        await using var connection = await database.Register.Store.OpenAsync(Cancellation);
        var value = new SqlRead<string>(
            new SqlStatement("SELECT @v AS v", [("v", "read")]),
            async (reader, cancellation) => (await Sql.RowsAsync(reader!, row => row.Text("v"), cancellation)).Single());
        var nothing = new SqlRead<string>(null, (reader, _) => Task.FromResult(reader is null ? "nothing read" : "a reader"));

        Assert.Equal(("read", "nothing read"), await SqlRead.Both(value, nothing).RunAsync(connection, null, Cancellation));
        Assert.Equal(("nothing read", "read"), await SqlRead.Both(nothing, value).RunAsync(connection, null, Cancellation));
        Assert.Equal(("read", "read"), await SqlRead.Both(value, value).RunAsync(connection, null, Cancellation));
    }
}

public sealed class SqliteAuditHeadTests : AuditHeadTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresAuditHeadTests : AuditHeadTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
