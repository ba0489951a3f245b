using System.Data.Common;
using System.Text.Json;

namespace Supervision.Register;

/// <summary>
/// Walks the audit chain page by page — sequence 1..N, each entry's previous hash and its own keyed hash
/// recomputed, a checkpoint's or an expected head's hash where the chain reaches it — handing each entry
/// to the part that keeps what it needs of it (<see cref="IAuditPart"/>: acts and statuses, the documents kept, numbering,
/// template versions, drafts, offices, office names and people, clients, remembered answers), and then
/// lets each part compare its rows with what it kept, both ways, so a row changed, added or deleted
/// behind the application's back is found. Reports the first break in chain order. Memory stays a few
/// dozen bytes per act: no page of entries or acts is held longer than it takes to read it.
/// </summary>
internal static class AuditVerifier
{
    public static async Task<AuditReport> VerifyAsync(IRegisterStore store, string? expectedHead, AuditCheckpoint? checkpoint, TimeProvider clock, CancellationToken cancellationToken)
    {
        var key = AuditChain.KeyOf(store);
        await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        // One snapshot for the whole walk: an act issued meanwhile is neither in the chain read nor in the rows.
        await using var snapshot = await store.BeginSnapshotAsync(connection, cancellationToken).ConfigureAwait(false);
        var acts = new ActAudit();
        IAuditPart[] parts = [acts, new KeptDocumentAudit(acts), new NumberAudit(acts), new TemplateAudit(), new DraftAudit(), new DirectoryAudit(acts), new ClientAudit(), new AnswerAudit(), new SignatureAudit(), new ProceedingAudit(), new RecoveryAudit(), new HeldCheckAudit()];
        var findings = new AuditFindings();
        var walk = new Walk(key, parts, findings, expectedHead, checkpoint);
        var broken = await walk.RunAsync(connection, snapshot, cancellationToken).ConfigureAwait(false)
            ?? await HeadAsync(store, connection, snapshot, key, walk, cancellationToken).ConfigureAwait(false)
            ?? walk.Expected()
            ?? walk.Short()
            ?? await RowsAsync(connection, snapshot, parts, findings, cancellationToken).ConfigureAwait(false);
        var head = walk.Last?.Hash ?? string.Empty;
        var signed = broken is null ? AuditCheckpoint.Sign(key, walk.Count, head, clock.GetUtcNow()) : null;
        return new AuditReport(walk.Count, head, broken, signed);
    }

    private static async Task<AuditBreak?> HeadAsync(IRegisterStore store, DbConnection connection, DbTransaction snapshot, AuditKey key, Walk walk, CancellationToken cancellationToken)
    {
        if (await AuditRows.HeadAsync(store, connection, snapshot, lockRow: false, cancellationToken).ConfigureAwait(false) is not var (seq, hash, keyId))
        {
            return new AuditBreak(null, "audit_head", "the chain's head row is missing");
        }

        var last = walk.Last;
        if (seq > (last?.Seq ?? 0))
        {
            return new AuditBreak((last?.Seq ?? 0) + 1, "audit_head", $"entries {(last?.Seq ?? 0) + 1}..{seq} are missing from the end of the chain");
        }

        if (seq != (last?.Seq ?? 0) || hash != (last?.Hash ?? string.Empty))
        {
            return new AuditBreak(last?.Seq, last?.Subject ?? "audit_head", "the chain's head does not name the last entry");
        }

        return keyId == key.Id ? null : new AuditBreak(null, "audit_head", $"the chain's head names the audit key {keyId ?? "(none)"}, not the key {key.Id} it is verified with");
    }

    private static async Task<AuditBreak?> RowsAsync(DbConnection connection, DbTransaction snapshot, IAuditPart[] parts, AuditFindings findings, CancellationToken cancellationToken)
    {
        foreach (var part in parts)
        {
            await part.CheckAsync(connection, snapshot, findings, cancellationToken).ConfigureAwait(false);
        }

        return await findings.FirstAsync(connection, snapshot, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The walk along the chain: what it has seen so far is the last entry, the count and two flags.</summary>
    private sealed class Walk(AuditKey key, IAuditPart[] parts, AuditFindings findings, string? expectedHead, AuditCheckpoint? checkpoint)
    {
        private string _previous = string.Empty;
        private bool _foundExpected;
        private long _seal;

        public AuditEntry? Last { get; private set; }

        public long Count => Last?.Seq ?? 0;

        /// <summary>The first entry that breaks the chain, or null.</summary>
        public async Task<AuditBreak?> RunAsync(DbConnection connection, DbTransaction snapshot, CancellationToken cancellationToken)
        {
            for (var page = await AuditRows.PageAsync(connection, snapshot, 0, cancellationToken).ConfigureAwait(false);
                 page.Count > 0;
                 page = await AuditRows.PageAsync(connection, snapshot, Count, cancellationToken).ConfigureAwait(false))
            {
                foreach (var entry in page)
                {
                    if (Check(entry) is { } broken)
                    {
                        return broken;
                    }

                    Record(entry);
                    (_previous, Last) = (entry.Hash, entry);
                }
            }

            return null;
        }

        /// <summary>Where an expected head was given, whether the chain still holds it.</summary>
        public AuditBreak? Expected() =>
            string.IsNullOrEmpty(expectedHead) || _foundExpected
                ? null
                : new AuditBreak(Count + 1, "audit_head", $"no entry has the hash {expectedHead} recorded earlier: entries were removed from the end of the chain");

        /// <summary>Where a checkpoint was given, whether the chain is at least as long.</summary>
        public AuditBreak? Short() =>
            checkpoint is null || checkpoint.Entries <= Count
                ? null
                : new AuditBreak(Count + 1, "audit_head", $"the checkpoint of {Canonical.Instant(checkpoint.SignedAt)} signed {checkpoint.Entries} entries, but the chain has {Count}: entries were removed from its end");

        private AuditBreak? Check(AuditEntry entry)
        {
            if (entry.Seq != Count + 1)
            {
                return new AuditBreak(Count + 1, entry.Subject, $"entry {Count + 1} is missing (the next stored is {entry.Seq})");
            }

            if (entry.PreviousHash != _previous)
            {
                return new AuditBreak(entry.Seq, entry.Subject, "its previous hash is not the hash of the entry before it");
            }

            if (AuditChain.Hash(key, entry) != entry.Hash)
            {
                return new AuditBreak(entry.Seq, entry.Subject, "its content does not match its hash under the audit key (the entry was changed, or hashed again without the key)");
            }

            if (AuditAuthority.Problem(entry) is { } problem)
            {
                return new AuditBreak(entry.Seq, entry.Subject, problem);
            }

            if (checkpoint is not null && entry.Seq == checkpoint.Entries && entry.Hash != checkpoint.HeadHash)
            {
                return new AuditBreak(entry.Seq, entry.Subject, $"its hash is not the one the checkpoint of {Canonical.Instant(checkpoint.SignedAt)} signed: the chain was rewritten since");
            }

            _foundExpected |= string.Equals(entry.Hash, expectedHead, StringComparison.OrdinalIgnoreCase);
            return null;
        }

        private void Record(AuditEntry entry)
        {
            try
            {
                using var payload = JsonDocument.Parse(entry.Payload);
                if (entry.Action == AuditEntry.SealChain)
                {
                    Seal(entry, payload.RootElement);
                }
                else
                {
                    var known = false;
                    foreach (var part in parts.Where(part => part.Records(entry.Action)))
                    {
                        part.Record(entry, payload.RootElement, findings);
                        known = true;
                    }

                    if (!known)
                    {
                        findings.Add(entry.Seq, entry.Subject, $"unknown action '{entry.Action}'");
                    }
                }
            }
            catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                findings.Add(entry.Seq, entry.Subject, "its payload is not what the register writes");
            }
        }

        /// <summary>A chain is sealed once, and the sealing entry counts the entries before it.</summary>
        private void Seal(AuditEntry entry, JsonElement payload)
        {
            if (_seal != 0)
            {
                findings.Add(entry.Seq, entry.Subject, $"the chain was sealed already at entry {_seal}");
            }
            else if (payload.GetProperty("entries").GetInt64() != entry.Seq - 1)
            {
                findings.Add(entry.Seq, entry.Subject, "it does not count the entries before it");
            }

            _seal = entry.Seq;
        }
    }
}
