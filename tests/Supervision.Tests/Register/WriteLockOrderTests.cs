using Supervision.Register;

namespace Supervision.Tests.Register;

/// <summary>
/// Writers of one register take the write lock in the order they asked for it. On PostgreSQL the database's lock
/// queue does so; on SQLite the store queues its own writers, since SQLite's busy handler, retrying with sleeps that
/// grow to 100 ms, let a writer that had waited longest miss every short gap and come last (a 212-page act waited
/// 1.4 s behind another office's acts).
/// </summary>
public abstract class WriteLockOrderTests : RegisterProviderTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WritersWaitingForTheLockTakeItInTheOrderTheyAsked()
    {
        await using var database = await CreateAsync();
        var store = database.Register.Store;
        var order = new List<int>();

        var writers = new List<Task>();
        await using (var connection = await store.OpenAsync(Cancellation))
        await using (var holder = await store.BeginWriteAsync(connection, Cancellation))
        {
            await AuditChain.LockHeadAsync(store, connection, holder, Cancellation);
            for (var writer = 1; writer <= 6; writer++)
            {
                var number = writer;
                writers.Add(Task.Run(() => WriteAsync(store, number, order), Cancellation));

                // Each writer asks before the next (the lock is held, so each waits): their order is the test's.
                await Task.Delay(150, Cancellation);
            }

            await holder.CommitAsync(Cancellation);
        }

        await Task.WhenAll(writers);
        Assert.Equal([1, 2, 3, 4, 5, 6], order);
    }

    private static async Task WriteAsync(IRegisterStore store, int number, List<int> order)
    {
        await using var connection = await store.OpenAsync(Cancellation);
        await using var transaction = await store.BeginWriteAsync(connection, Cancellation);
        await AuditChain.LockHeadAsync(store, connection, transaction, Cancellation);
        lock (order)
        {
            order.Add(number);
        }

        await transaction.CommitAsync(Cancellation);
    }
}

public sealed class SqliteWriteLockOrderTests : WriteLockOrderTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresWriteLockOrderTests : WriteLockOrderTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
