using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Supervision.Register;

/// <summary>
/// Appends entries to the audit trail inside the caller's write transaction. Each entry's hash is the
/// HMAC-SHA256, under the register's audit key (<see cref="AuditKey"/>, kept outside the database), of its
/// canonical form — a JSON array of sequence, instant, actor, action, subject, payload, the principal
/// (only where the entry names one) and the previous entry's hash — so changing or removing any entry
/// breaks every hash after it, and only a holder of the key can compute them again. Entries written
/// before principals were recorded have no principal and keep their seven-element form. Chains written
/// before the key (plain SHA-256 of the same form) are sealed with it once (<see cref="AuditSeal"/>).
/// The chain's head (last sequence and hash) is one row, locked while an entry is added, so entries
/// from concurrent transactions line up one after another.
/// </summary>
internal static class AuditChain
{
    // The head as a transaction locked it or last moved it. Every writer locks the head first (AuditedWrite) and
    // holds it to the end, so the entries it appends need not read it again: on PostgreSQL each read is a round
    // trip made while every other writer waits. Forgotten when a transaction begins (the stores call Begin), as a
    // driver may hand a connection's next transaction the same object (Npgsql does).
    private static readonly ConditionalWeakTable<DbTransaction, StrongBox<(long Seq, string Hash)>> Heads = new();

    /// <summary>Forgets the head this transaction object held: at the start of every transaction, as a driver may hand
    /// a connection's next transaction the same object.</summary>
    public static void Begin(DbTransaction transaction) => Heads.Remove(transaction);

    /// <summary>Forgets the head this transaction read, where the head row is changed other than by an append
    /// (sealing); it still holds the lock.</summary>
    public static void Forget(DbTransaction transaction) => Heads.Remove(transaction);

    /// <summary>The keyed hash of an entry from its fields and the previous hash.</summary>
    public static string Hash(AuditKey key, long seq, DateTimeOffset occurredAt, string actor, string action, string subject, string payload, string previousHash, string? principal = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Canonical.Utf8(writer => Form(writer, seq, occurredAt, actor, action, subject, payload, previousHash, principal), key.Hash);
    }

    /// <summary>The keyed hash of a stored entry, with the previous hash it names.</summary>
    public static string Hash(AuditKey key, AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Hash(key, entry.Seq, entry.OccurredAt, entry.Actor, entry.Action, entry.Subject, entry.Payload, entry.PreviousHash, entry.Principal);
    }

    /// <summary>The hash chains had before they were keyed: plain SHA-256 of the same form. Only sealing reads it.</summary>
    public static string PlainHash(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Canonical.Utf8(writer => Form(writer, entry.Seq, entry.OccurredAt, entry.Actor, entry.Action, entry.Subject, entry.Payload, entry.PreviousHash, entry.Principal), Canonical.Sha256);
    }

    /// <summary>The key entries are appended under: the store's, set when the register opened.</summary>
    public static AuditKey KeyOf(IRegisterStore store) =>
        store.AuditKey ?? throw new RegisterException("the audit key is not loaded: the register was not opened through ActRegister.OpenAsync");

    /// <summary>Writes an entry's canonical form: the array its keyed hash is computed over.</summary>
    private static void Form(Utf8JsonWriter writer, long seq, DateTimeOffset occurredAt, string actor, string action, string subject, string payload, string previousHash, string? principal)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(seq);
        writer.WriteStringValue(Canonical.Instant(occurredAt));
        writer.WriteStringValue(actor);
        writer.WriteStringValue(action);
        writer.WriteStringValue(subject);
        writer.WriteStringValue(payload);
        if (principal is not null)
        {
            writer.WriteStringValue(principal);
        }

        writer.WriteStringValue(previousHash);
        writer.WriteEndArray();
    }

    /// <summary>Locks the chain's head until the transaction ends and returns it.</summary>
    public static async Task<(long Seq, string Hash)> LockHeadAsync(IRegisterStore store, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        (await LockHeadAsync(store, connection, transaction, SqlRead.None, cancellationToken).ConfigureAwait(false)).Head;

    /// <summary>
    /// Locks the chain's head until the transaction ends and makes the read once it holds it, in one command: on
    /// PostgreSQL the statements after the lock run as soon as the writer before lets the head go, without another
    /// round trip while every other writer waits.
    /// </summary>
    public static async Task<((long Seq, string Hash) Head, T Read)> LockHeadAsync<T>(IRegisterStore store, DbConnection connection, DbTransaction transaction, SqlRead<T> then, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var lockHead = new SqlRead<List<(long, string)>>(
            new SqlStatement("SELECT last_seq, last_hash FROM audit_head WHERE id = 1" + store.LockRows, []),
            (reader, cancellation) => Sql.RowsAsync(reader!, row => (row.Int64("last_seq"), row.Text("last_hash")), cancellation));
        var (heads, read) = await SqlRead.Both(lockHead, then).RunAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        var head = heads.Count == 1 ? heads[0] : throw RegisterException.Damaged("the audit trail's head row is missing: run audit verify");
        Heads.AddOrUpdate(transaction, new StrongBox<(long, string)>(head));
        RegisterTimings.HeadLocked(transaction);
        return (head, read);
    }

    /// <summary>The head this transaction holds (locked or last moved by it), locking it first where it holds none.</summary>
    public static async ValueTask<(long Seq, string Hash)> HeadAsync(IRegisterStore store, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Heads.TryGetValue(transaction, out var held)
            ? held.Value
            : await LockHeadAsync(store, connection, transaction, cancellationToken).ConfigureAwait(false);

    /// <summary>Adds an entry naming the principal who acted (its name is the entry's actor); the caller commits.</summary>
    public static Task<AuditEntry> AppendAsync(
        IRegisterStore store,
        DbConnection connection,
        DbTransaction transaction,
        Principal principal,
        (string Action, string Subject, string Payload, DateTimeOffset At) fact,
        CancellationToken cancellationToken,
        SqlStatement? change = null) =>
        AppendAsync(store, connection, transaction, (principal.Name, fact.Action, fact.Subject, fact.Payload, fact.At), cancellationToken, AuditPrincipal.Of(principal), change);

    /// <summary>Adds an entry after the head; the caller commits. Without a principal, the actor is a
    /// name only (the administration commands' --by, the HTTP doors that do not authenticate yet). Where
    /// <paramref name="change"/> is given (the write the entry records), it is sent first in the entry's command:
    /// one round trip instead of two.</summary>
    public static async Task<AuditEntry> AppendAsync(
        IRegisterStore store,
        DbConnection connection,
        DbTransaction transaction,
        (string Actor, string Action, string Subject, string Payload, DateTimeOffset At) fact,
        CancellationToken cancellationToken,
        string? principal = null,
        SqlStatement? change = null)
    {
        await HeadAsync(store, connection, transaction, cancellationToken).ConfigureAwait(false);
        var (entry, statement) = Entry(store, transaction, fact, principal);

        // The change, the entry and the new head in one command: one round trip on PostgreSQL, while every other
        // writer waits for the head.
        var command = change is null ? statement : SqlStatement.Join([change, statement]);
        await Sql.ExecuteAsync(connection, transaction, command.Text, command.Parameters, cancellationToken).ConfigureAwait(false);
        return entry;
    }

    /// <summary>
    /// The next entry after the head the transaction holds (<see cref="HeadAsync"/> first), with the statement that
    /// writes it and moves the head, for the caller to send in its transaction, alone or joined with others
    /// (<see cref="SqlStatement.Join"/>). The transaction's head moves to the entry at once, so entries prepared one
    /// after another follow one another; a caller that does not send the statement must roll back.
    /// </summary>
    public static (AuditEntry Entry, SqlStatement Statement) Entry(
        IRegisterStore store,
        DbTransaction transaction,
        (string Actor, string Action, string Subject, string Payload, DateTimeOffset At) fact,
        string? principal = null)
    {
        var (lastSeq, lastHash) = Heads.TryGetValue(transaction, out var held)
            ? held.Value
            : throw new InvalidOperationException("the transaction holds no audit head: lock it (HeadAsync) before preparing an entry");
        var at = Canonical.Truncate(fact.At);
        var seq = lastSeq + 1;
        var entry = new AuditEntry(seq, at, fact.Actor, fact.Action, fact.Subject, fact.Payload, lastHash, Hash(KeyOf(store), seq, at, fact.Actor, fact.Action, fact.Subject, fact.Payload, lastHash, principal), principal);
        Heads.AddOrUpdate(transaction, new StrongBox<(long, string)>((entry.Seq, entry.Hash)));
        return (entry, new SqlStatement(
            "INSERT INTO audit_log (seq, occurred_at, actor, action, subject, payload, previous_hash, hash, principal) VALUES (@seq, @at, @actor, @action, @subject, @payload, @previous, @hash, @principal); " +
            "UPDATE audit_head SET last_seq = @seq, last_hash = @hash WHERE id = 1",
            [("seq", entry.Seq), ("at", entry.OccurredAt), ("actor", entry.Actor), ("action", entry.Action), ("subject", entry.Subject), ("payload", entry.Payload), ("previous", entry.PreviousHash), ("hash", entry.Hash), ("principal", entry.Principal)]));
    }

    /// <summary>The next entry naming the principal who acted, as <see cref="Entry(IRegisterStore, DbTransaction, ValueTuple{string, string, string, string, DateTimeOffset}, string?)"/> prepares one.</summary>
    public static (AuditEntry Entry, SqlStatement Statement) Entry(IRegisterStore store, DbTransaction transaction, Principal principal, (string Action, string Subject, string Payload, DateTimeOffset At) fact)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return Entry(store, transaction, (principal.Name, fact.Action, fact.Subject, fact.Payload, fact.At), AuditPrincipal.Of(principal));
    }
}
