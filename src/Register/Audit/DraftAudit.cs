using System.Data.Common;
using System.Text.Json;

namespace Supervision.Register;

/// <summary>
/// The part of <c>audit verify</c> that re-checks drafts: every draft row against the last entry that
/// changed it (its act by hash, state, signatory, remarks, approval, the act it was issued as), and the
/// other way round, so a draft signed, approved or re-linked behind the application's back is found.
/// </summary>
internal static class DraftAudit
{
    public static async Task<List<AuditBreak>> CheckAsync(DbConnection connection, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var problems = new List<AuditBreak>();
        var last = new Dictionary<long, AuditEntry>();
        foreach (var entry in entries.Where(entry => entry.Action is AuditEntry.Draft or AuditEntry.Submit or AuditEntry.Return or AuditEntry.Sign or AuditEntry.Approve))
        {
            try
            {
                using var payload = JsonDocument.Parse(entry.Payload);
                last[payload.RootElement.GetProperty("draft").GetInt64()] = entry;
            }
            catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                problems.Add(new AuditBreak(entry.Seq, entry.Subject, "its payload is not what the register writes"));
            }
        }

        List<Draft> drafts;
        try
        {
            drafts = await DraftRows.SelectAsync(connection, null, "1 = 1", [], cancellationToken).ConfigureAwait(false);
        }
        catch (FormatException exception)
        {
            problems.Add(new AuditBreak(null, "drafts", $"the stored drafts cannot be read: {exception.Message}"));
            return problems;
        }

        var rows = drafts.ToDictionary(draft => draft.Id);
        foreach (var (id, entry) in last)
        {
            if (!rows.TryGetValue(id, out var draft))
            {
                problems.Add(new AuditBreak(entry.Seq, entry.Subject, "the draft it records is not in the register (deleted)"));
            }
            else if (AuditPayloads.Draft(draft) is var stored && stored != entry.Payload)
            {
                problems.Add(new AuditBreak(entry.Seq, entry.Subject, $"the stored draft differs from the last recorded change ({AuditVerifier.Differences(entry.Payload, stored)})"));
            }
        }

        foreach (var draft in drafts.Where(draft => !last.ContainsKey(draft.Id)))
        {
            problems.Add(new AuditBreak(null, $"draft {draft.Id}", "the draft is in the register without an audit entry"));
        }

        return problems;
    }
}
