using System.Data.Common;

namespace Supervision.Register;

/// <summary>
/// One change to offices or people: a write transaction that locks the audit chain's head first, so
/// that the checks the change makes (a login free, an office there) and its audit entry see the same
/// register as every other writer; rolled back unless the work asks to commit.
/// </summary>
internal static class AuditedWrite
{
    public static Task<T> RunAsync<T>(
        IRegisterStore store,
        Func<DbConnection, DbTransaction, Task<(T Outcome, bool Commit)>> work,
        CancellationToken cancellationToken) =>
        RunAsync(store, SqlRead.None, (connection, transaction, _) => work(connection, transaction), cancellationToken);

    /// <summary>One change whose first reads go in the command that locks the head (<see cref="AuditChain.LockHeadAsync{T}"/>):
    /// one round trip fewer for each, made while every other writer waits. Where <paramref name="first"/> is given, it
    /// writes in the transaction before the head is locked (an issued act's PDF, <see cref="ActIssuer.WriteDocumentsAsync"/>):
    /// what it writes takes no lock another writer waits for.</summary>
    public static async Task<T> RunAsync<TRead, T>(
        IRegisterStore store,
        SqlRead<TRead> read,
        Func<DbConnection, DbTransaction, TRead, Task<(T Outcome, bool Commit)>> work,
        CancellationToken cancellationToken,
        Func<DbConnection, DbTransaction, Task>? first = null)
    {
        await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await store.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        if (first is not null)
        {
            await first(connection, transaction).ConfigureAwait(false);
        }

        var (_, found) = await AuditChain.LockHeadAsync(store, connection, transaction, read, cancellationToken).ConfigureAwait(false);
        var (outcome, commit) = await work(connection, transaction, found).ConfigureAwait(false);
        if (commit)
        {
            await RegisterTimings.CommitAsync(transaction, cancellationToken).ConfigureAwait(false);
        }

        return outcome;
    }
}
