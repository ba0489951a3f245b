using System.Data.Common;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Supervision.Register;

/// <summary>
/// The part of <c>audit verify</c> that re-checks remembered answers (<c>idempotency_records</c>): every
/// row against its "remember-answer" entry and every entry against its row, so an answer changed (a retry
/// would be told another number) or deleted (a retry would issue a second act) behind the application's
/// back is found. An answer is kept until a "forget-answers" entry forgets those created before its instant:
/// the answers that entry forgets must be as many as it says were deleted, so one deleted earlier behind the
/// application's back is still found, and an entry without its row is a break unless forgotten. Per answer
/// it keeps a digest of principal and key, when it was created, the entry's number and its payload's digest;
/// forgotten ones are dropped, so what it holds is bounded by the answers kept; the rows stream past one reader.
/// </summary>
internal sealed class AnswerAudit : IAuditPart
{
    private readonly Dictionary<UInt128, Remembered> _answers = [];

    public bool Records(string action) => action is AuditEntry.RememberAnswer or AuditEntry.ForgetAnswers;

    public void Record(AuditEntry entry, JsonElement payload, AuditFindings findings)
    {
        if (entry.Action == AuditEntry.ForgetAnswers)
        {
            Forget(entry, payload, findings);
            return;
        }

        var name = Name(payload.GetProperty("principal").GetString()!, payload.GetProperty("key").GetString()!);
        ref var remembered = ref CollectionsMarshal.GetValueRefOrAddDefault(_answers, name, out var known);
        if (known)
        {
            findings.Add(entry.Seq, null, $"the answer was remembered already at entry {remembered.Seq}");
        }

        (remembered.Seq, remembered.Payload, remembered.CreatedAt) = (entry.Seq, PayloadDigest.Of(entry.Payload), Instant(payload, "createdAt"));
    }

    /// <summary>Drops the answers created before the entry's instant, which must be as many as it deleted.</summary>
    private void Forget(AuditEntry entry, JsonElement payload, AuditFindings findings)
    {
        var before = Instant(payload, "before");
        var forgotten = _answers.Where(answer => answer.Value.CreatedAt < before).Select(answer => answer.Key).ToList();
        foreach (var name in forgotten)
        {
            _answers.Remove(name);
        }

        var deleted = payload.GetProperty("count").GetInt32();
        if (deleted != forgotten.Count)
        {
            findings.Add(entry.Seq, null, $"it deleted {deleted} remembered answers, but the chain remembered {forgotten.Count} created before {Canonical.Instant(before)} (answers deleted or added behind the application's back)");
        }
    }

    private static DateTimeOffset Instant(JsonElement payload, string property) =>
        DateTimeOffset.Parse(payload.GetProperty(property).GetString()!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal);

    public async Task CheckAsync(DbConnection connection, DbTransaction snapshot, AuditFindings findings, CancellationToken cancellationToken)
    {
        await using (var command = Sql.Command(connection, snapshot, "SELECT principal, key, operation, request_sha256, status_code, content_type, answer, created_at FROM idempotency_records"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                IdempotencyRecord record;
                try
                {
                    record = new IdempotencyRecord(
                        reader.Text("principal"),
                        reader.Text("key"),
                        reader.Text("operation"),
                        reader.Text("request_sha256"),
                        reader.Int32("status_code"),
                        reader.Text("content_type"),
                        reader.Text("answer"),
                        reader.Timestamp("created_at"));
                }
                catch (Exception exception) when (exception is FormatException or InvalidCastException or OverflowException)
                {
                    findings.Add(null, "idempotency_records", $"the remembered answers cannot be read: {exception.Message}");
                    return;
                }

                ref var remembered = ref CollectionsMarshal.GetValueRefOrNullRef(_answers, Name(record.Principal, record.Key));
                if (System.Runtime.CompilerServices.Unsafe.IsNullRef(ref remembered))
                {
                    findings.Add(null, $"answer {record.Key}", $"an answer remembered for {record.Principal} is in the register without an audit entry");
                    continue;
                }

                remembered.Seen = true;
                var stored = AuditPayloads.RememberAnswer(record);
                if (PayloadDigest.Of(stored) != remembered.Payload)
                {
                    findings.Add(remembered.Seq, null, "the stored answer differs from the one remembered", stored);
                }
            }
        }

        foreach (var remembered in _answers.Values.Where(remembered => !remembered.Seen))
        {
            findings.Add(remembered.Seq, null, "the answer it remembers is not in the register (deleted)");
        }
    }

    private static UInt128 Name(string principal, string key) => PayloadDigest.Of($"{principal}\n{key}");

    private struct Remembered
    {
        public long Seq;
        public UInt128 Payload;
        public DateTimeOffset CreatedAt;
        public bool Seen;
    }
}
