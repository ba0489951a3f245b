using System.Data.Common;

namespace Supervision.Register;

/// <summary>Reads <c>audit_log</c> a page at a time, in chain order, so no reader holds the whole trail.</summary>
internal static class AuditRows
{
    /// <summary>Entries read at once: a few hundred kilobytes of payloads at most.</summary>
    public const int PageSize = 500;

    /// <summary>The entries after a sequence number, in order, at most <see cref="PageSize"/>.</summary>
    public static Task<List<AuditEntry>> PageAsync(DbConnection connection, DbTransaction? transaction, long after, CancellationToken cancellationToken) =>
        Sql.ListAsync(
            connection,
            transaction,
            $"SELECT seq, occurred_at, actor, action, subject, payload, previous_hash, hash, principal FROM audit_log WHERE seq > @after ORDER BY seq LIMIT {PageSize}",
            [("after", after)],
            Read,
            cancellationToken);

    /// <summary>One entry by its sequence number, or null.</summary>
    public static async Task<AuditEntry?> FindAsync(DbConnection connection, DbTransaction? transaction, long seq, CancellationToken cancellationToken)
    {
        var found = await Sql.ListAsync(
            connection,
            transaction,
            "SELECT seq, occurred_at, actor, action, subject, payload, previous_hash, hash, principal FROM audit_log WHERE seq = @seq",
            [("seq", seq)],
            Read,
            cancellationToken).ConfigureAwait(false);
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>The head row: last sequence, last hash and the id of the key the chain is sealed with (null before keys);
    /// locked until the transaction ends where <paramref name="lockRow"/> is set.</summary>
    public static async Task<(long Seq, string Hash, string? KeyId)?> HeadAsync(IRegisterStore store, DbConnection connection, DbTransaction? transaction, bool lockRow, CancellationToken cancellationToken)
    {
        var heads = await Sql.ListAsync(
            connection,
            transaction,
            "SELECT last_seq, last_hash, key_id FROM audit_head WHERE id = 1" + (lockRow ? store.LockRows : string.Empty),
            null,
            reader => (reader.Int64("last_seq"), reader.Text("last_hash"), reader.NullableText("key_id")),
            cancellationToken).ConfigureAwait(false);
        return heads.Count == 1 ? heads[0] : null;
    }

    private static AuditEntry Read(DbDataReader reader) => new(
        reader.Int64("seq"),
        reader.Timestamp("occurred_at"),
        reader.Text("actor"),
        reader.Text("action"),
        reader.Text("subject"),
        reader.Text("payload"),
        reader.Text("previous_hash"),
        reader.Text("hash"),
        reader.NullableText("principal"));
}
