using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Supervision.Register;

/// <summary>
/// The part of <c>audit verify</c> that re-checks issued acts: every act row (its facts, the SHA-256 of its
/// JSON, its documents' hashes and templates) against its issue entry and its status against its last
/// status entry, and the other way round. It keeps per act two entry numbers and two 128-bit payload
/// digests (about 50 bytes), and reads the acts a page at a time, hashing each act's JSON as it passes.
/// What it learns of the acts on the way — which offices issued, under which names — serves the parts
/// that check numbers and offices.
/// </summary>
internal sealed class ActAudit : IAuditPart
{
    private const int PageSize = 200;

    private readonly Dictionary<long, Trail> _trails = [];
    private readonly Dictionary<(string Name, string Code), long> _officeNames = [];
    private readonly HashSet<string> _offices = new(StringComparer.Ordinal);

    /// <summary>The offices acts were issued under.</summary>
    public IReadOnlySet<string> Offices => _offices;

    /// <summary>The office names acts printed, each with its index and the first issue entry that printed it.</summary>
    public IReadOnlyDictionary<(string Name, string Code), long> OfficeNames => _officeNames;

    public bool Records(string action) => action is AuditEntry.Issue or AuditEntry.Status;

    public void Record(AuditEntry entry, JsonElement payload, AuditFindings findings)
    {
        var id = payload.GetProperty("act").GetInt64();
        ref var trail = ref CollectionsMarshal.GetValueRefOrAddDefault(_trails, id, out _);
        if (entry.Action == AuditEntry.Status)
        {
            (trail.StatusSeq, trail.Status) = (entry.Seq, PayloadDigest.Of(entry.Payload));
            return;
        }

        if (trail.IssueSeq != 0)
        {
            findings.Add(entry.Seq, null, $"act id {id} was issued already at entry {trail.IssueSeq}");
        }

        (trail.IssueSeq, trail.Issue) = (entry.Seq, PayloadDigest.Of(entry.Payload));
    }

    /// <summary>The entry that issued an act, or 0 where none did.</summary>
    public long IssueSeqOf(long id) => _trails.TryGetValue(id, out var trail) ? trail.IssueSeq : 0;

    public async Task CheckAsync(DbConnection connection, DbTransaction snapshot, AuditFindings findings, CancellationToken cancellationToken)
    {
        for (var after = 0L; ;)
        {
            List<IssuedAct> page;
            try
            {
                page = await ActRows.SelectAsync(connection, snapshot, "id > @after", [("after", after)], cancellationToken, $" LIMIT {PageSize}").ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is RegisterException or FormatException or InvalidCastException or OverflowException)
            {
                findings.Add(null, "issued_acts", $"the stored acts cannot be read: {exception.Message}");
                return;
            }

            if (page.Count == 0)
            {
                break;
            }

            foreach (var act in page)
            {
                Check(act, findings);
            }

            after = page[^1].Id;
        }

        foreach (var (id, trail) in _trails.Where(pair => !pair.Value.Seen))
        {
            if (trail.IssueSeq != 0)
            {
                findings.Add(trail.IssueSeq, null, "the act it records is not in the register (deleted)");
            }
            else
            {
                findings.Add(trail.StatusSeq, null, $"act id {id} changed here was never issued");
            }
        }
    }

    private void Check(IssuedAct act, AuditFindings findings)
    {
        _offices.Add(act.OfficeCode);
        ref var trail = ref CollectionsMarshal.GetValueRefOrNullRef(_trails, act.Id);
        if (Unsafe.IsNullRef(ref trail) || trail.IssueSeq == 0)
        {
            if (!Unsafe.IsNullRef(ref trail))
            {
                trail.Seen = true;
            }

            findings.Add(null, act.RegistrationNumber, $"act id {act.Id} is in the register without an audit entry");
            return;
        }

        trail.Seen = true;
        var name = (act.OfficeName, act.OfficeCode);
        if (!_officeNames.TryGetValue(name, out var first) || trail.IssueSeq < first)
        {
            _officeNames[name] = trail.IssueSeq;
        }

        // Hashed as written; the payload is made a string only to report a difference.
        if (Canonical.Utf8(writer => AuditPayloads.WriteIssue(writer, act), PayloadDigest.Of) != trail.Issue)
        {
            findings.Add(trail.IssueSeq, null, "the stored act differs from what was issued", AuditPayloads.Issue(act));
        }

        if (trail.StatusSeq != 0)
        {
            if (Canonical.Utf8(writer => AuditPayloads.WriteStatus(writer, act), PayloadDigest.Of) != trail.Status)
            {
                findings.Add(trail.StatusSeq, null, "the act's status differs from the last recorded change", AuditPayloads.Status(act));
            }
        }
        else if (act.Status != ActStatus.Issued || act.AnswerDate is not null || act.AnswerNumber is not null || act.RecoveredAmount is not null || act.StatusChangedBy is not null)
        {
            findings.Add(trail.IssueSeq, act.RegistrationNumber, "the act's status was changed without an audit entry");
        }
    }

    /// <summary>What the chain recorded of one act: its issue and last status entries, by number and payload digest.</summary>
    private struct Trail
    {
        public long IssueSeq;
        public UInt128 Issue;
        public long StatusSeq;
        public UInt128 Status;
        public bool Seen;
    }
}
