using System.Data.Common;

namespace Supervision.Register;

/// <summary>
/// Loads the audit key as the register opens and ties the chain to it. The head records the key's id;
/// a chain with no key yet takes this one: an empty chain at once, a chain written before keys (plain
/// SHA-256) by sealing — its plain hashes are verified, every entry is hashed again under the key in one
/// transaction and an entry "seal-chain" records it — but only with a key file created at this very start
/// (or when asked, <see cref="RegisterOptions.SealPlainChain"/>), so that a chain rewritten without the key,
/// its key id erased, is never sealed by a restart. A keyed chain with its key file missing, or opened with
/// another key, stops the open with a message saying so; a new key is never made for it.
/// </summary>
internal static class AuditSeal
{
    /// <summary>The actor of the sealing entry.</summary>
    public const string Actor = "register";

    /// <summary>The subject of the sealing entry.</summary>
    public const string Subject = "audit chain";

    /// <summary>Sets the store's key, sealing the chain with it where that is the first thing to do.</summary>
    /// <exception cref="RegisterException">No key can be had, it is not the chain's, or a plain chain cannot be sealed.</exception>
    public static async Task LoadAsync(IRegisterStore store, RegisterOptions options, CancellationToken cancellationToken)
    {
        var (key, created, source) = await ResolveAsync(store, options, cancellationToken).ConfigureAwait(false);
        await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await store.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var (seq, hash, keyId) = await AuditRows.HeadAsync(store, connection, transaction, lockRow: true, cancellationToken).ConfigureAwait(false)
            ?? throw RegisterException.Damaged("the audit trail's head row is missing: run audit verify");
        if (keyId == key.Id)
        {
            store.AuditKey = key;
            return;
        }

        if (keyId is not null)
        {
            if (created)
            {
                // Made a moment ago by this start for a chain another process sealed meanwhile: it holds nothing.
                File.Delete(source);
            }

            throw new RegisterException($"the audit key from {source} (id {key.Id}) is not the key the register's audit chain is sealed with (id {keyId}): give the register its own key (Register:AuditKeyFile or Register:AuditKey)");
        }

        if (seq > 0 && !created && !options.SealPlainChain)
        {
            throw new RegisterException(
                $"the register's audit chain ({seq} entries) is not sealed with a key, but the key from {source} existed before this start: " +
                "if this is the first start with that key, seal the chain once (supervision audit seal); if the chain was sealed before, it was rewritten by someone without the key: run audit verify");
        }

        store.AuditKey = key;
        if (seq > 0)
        {
            await SealAsync(store, connection, transaction, key, (seq, hash), options.Clock, cancellationToken).ConfigureAwait(false);
        }

        await Sql.ExecuteAsync(connection, transaction, "UPDATE audit_head SET key_id = @id WHERE id = 1", [("id", key.Id)], cancellationToken).ConfigureAwait(false);
        await RegisterTimings.CommitAsync(transaction, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The key from the setting, the file, or a file created now; and where it came from (for messages, never the key).</summary>
    private static async Task<(AuditKey Key, bool Created, string Source)> ResolveAsync(IRegisterStore store, RegisterOptions options, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(options.AuditKey))
        {
            return (AuditKey.FromBase64(options.AuditKey, "the setting Register:AuditKey"), false, "the setting Register:AuditKey");
        }

        var path = Path.GetFullPath(options.AuditKeyFile ?? (store.Provider == RegisterProvider.Sqlite ? store.Description + AuditKeyFile.Suffix : AuditKeyFile.DefaultName));
        if (AuditKeyFile.Read(path) is { } existing)
        {
            return (existing, false, path);
        }

        await using (var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await AuditRows.HeadAsync(store, connection, null, lockRow: false, cancellationToken).ConfigureAwait(false) is { KeyId: { } keyId })
            {
                throw new RegisterException(
                    $"the register's audit chain is sealed with a key (id {keyId}), and its key file {path} is missing: restore the file from a backup, " +
                    "or name it with Register:AuditKeyFile (or give the key as Register:AuditKey); a new key would make every entry fail verification");
            }
        }

        var (key, created) = AuditKeyFile.Create(path);
        return (key, created, path);
    }

    /// <summary>Verifies a chain written before keys and hashes every entry again under the key, then records that it did.</summary>
    private static async Task SealAsync(IRegisterStore store, DbConnection connection, DbTransaction transaction, AuditKey key, (long Seq, string Hash) head, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (plain, keyed, last) = (string.Empty, string.Empty, 0L);
        for (var page = await AuditRows.PageAsync(connection, transaction, 0, cancellationToken).ConfigureAwait(false);
             page.Count > 0;
             page = await AuditRows.PageAsync(connection, transaction, last, cancellationToken).ConfigureAwait(false))
        {
            foreach (var entry in page)
            {
                var problem = entry.Seq != last + 1 ? $"entry {last + 1} is missing"
                    : entry.PreviousHash != plain ? "its previous hash is not the hash of the entry before it"
                    : AuditChain.PlainHash(entry) != entry.Hash ? "its content does not match its hash"
                    : null;
                if (problem is not null)
                {
                    throw new RegisterException($"the audit chain written before keys does not hold at entry {entry.Seq} ({entry.Subject}: {problem}), so it is not sealed with the key: find out what changed it before the register is used");
                }

                var hash = AuditChain.Hash(key, entry with { PreviousHash = keyed });
                await Sql.ExecuteAsync(connection, transaction, "UPDATE audit_log SET previous_hash = @previous, hash = @hash WHERE seq = @seq", [("previous", keyed), ("hash", hash), ("seq", entry.Seq)], cancellationToken).ConfigureAwait(false);
                (plain, keyed, last) = (entry.Hash, hash, entry.Seq);
            }
        }

        if (last != head.Seq || plain != head.Hash)
        {
            throw new RegisterException($"the audit chain written before keys ends at entry {last}, but its head names entry {head.Seq}: it is not sealed with the key; run audit verify");
        }

        await Sql.ExecuteAsync(connection, transaction, "UPDATE audit_head SET last_hash = @hash WHERE id = 1", [("hash", keyed)], cancellationToken).ConfigureAwait(false);
        AuditChain.Forget(transaction);
        var payload = Canonical.Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("entries", last);
            writer.WriteString("plainHead", plain);
            writer.WriteString("key", key.Id);
            writer.WriteEndObject();
        });
        await AuditChain.AppendAsync(store, connection, transaction, (Actor, AuditEntry.SealChain, Subject, payload, clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
    }
}
