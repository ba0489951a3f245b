using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Supervision.Register;

/// <summary>
/// The part of <c>audit verify</c> that re-checks drafts: every draft row against the last entry that
/// changed it (its act by hash, state, signatory, remarks, approval, the act it was issued as), and the
/// other way round, so a draft signed, approved or re-linked behind the application's back is found.
/// Drafts grow with acts, so it keeps per draft only the last entry's number and payload digest, and
/// reads the drafts a page at a time.
/// </summary>
internal sealed class DraftAudit : IAuditPart
{
    private const int PageSize = 200;

    private readonly Dictionary<long, Last> _last = [];

    public bool Records(string action) => action is AuditEntry.Draft or AuditEntry.Submit or AuditEntry.Return or AuditEntry.Sign or AuditEntry.Approve;

    public void Record(AuditEntry entry, JsonElement payload, AuditFindings findings) =>
        _last[payload.GetProperty("draft").GetInt64()] = new Last(entry.Seq, PayloadDigest.Of(entry.Payload), false);

    public async Task CheckAsync(DbConnection connection, DbTransaction snapshot, AuditFindings findings, CancellationToken cancellationToken)
    {
        for (var after = 0L; ;)
        {
            List<Draft> page;
            try
            {
                page = await DraftRows.SelectAsync(connection, snapshot, "id > @after", [("after", after)], cancellationToken, $" LIMIT {PageSize}").ConfigureAwait(false);
            }
            catch (FormatException exception)
            {
                findings.Add(null, "drafts", $"the stored drafts cannot be read: {exception.Message}");
                return;
            }

            if (page.Count == 0)
            {
                break;
            }

            foreach (var draft in page)
            {
                ref var last = ref CollectionsMarshal.GetValueRefOrNullRef(_last, draft.Id);
                if (Unsafe.IsNullRef(ref last))
                {
                    findings.Add(null, $"draft {draft.Id}", "the draft is in the register without an audit entry");
                    continue;
                }

                last = last with { Seen = true };
                var stored = AuditPayloads.Draft(draft);
                if (PayloadDigest.Of(stored) != last.Payload)
                {
                    findings.Add(last.Seq, null, "the stored draft differs from the last recorded change", stored);
                }
            }

            after = page[^1].Id;
        }

        foreach (var last in _last.Values.Where(last => !last.Seen))
        {
            findings.Add(last.Seq, null, "the draft it records is not in the register (deleted)");
        }
    }

    private readonly record struct Last(long Seq, UInt128 Payload, bool Seen);
}
