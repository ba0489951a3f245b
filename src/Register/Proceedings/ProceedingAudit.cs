using System.Data.Common;
using System.Text.Json;
using Supervision.Acts;

namespace Supervision.Register;

/// <summary>
/// What the audit trail records of a tracked proceeding (every column that decides a figure of p. 17,
/// its linked acts, and who entered and changed it), and the part of <c>audit verify</c> that re-checks
/// every row against the last entry that wrote it, and the other way round: a sum, a flag or a link
/// edited, a row added or deleted behind the application's back is a break. Since the recovered sums have a history
/// (<see cref="RecoveryAudit"/>) the payload also names the day of the latest figure ("recoveredOn"); an entry written
/// before has no such field, and the row it last wrote is compared without it.
/// </summary>
internal sealed class ProceedingAudit : IAuditPart
{
    public static string Subject(long id) => $"proceeding {id}";

    public static string Payload(TrackedProceeding proceeding, bool withRecoveredOn = true) => Canonical.Json(writer =>
    {
        var entry = proceeding.Entry;
        writer.WriteStartObject();
        writer.WriteNumber("id", proceeding.Id);
        writer.WriteString("office", entry.OfficeCode);
        writer.WriteString("number", entry.Number);
        writer.WriteString("executiveDocument", entry.ExecutiveDocument);
        writer.WriteString("creditor", entry.Creditor);
        writer.WriteString("debtor", entry.Debtor);
        writer.WriteString("category", EnumNames.Of(entry.Category));
        writer.WriteBoolean("privateInterest", entry.PrivateInterest);
        writer.WriteBoolean("withoutWrit", entry.WithoutWrit);
        writer.WriteBoolean("termBreached", entry.TermBreached);
        writer.WriteString("sumDue", Canonical.Sum(entry.SumDue));
        writer.WriteString("recovered", Canonical.Sum(entry.Recovered));
        if (withRecoveredOn)
        {
            writer.WriteString("recoveredOn", Canonical.Date(entry.RecoveredOn));
        }

        writer.WriteString("executed", entry.Executed switch { true => "yes", false => "no", null => string.Empty });
        writer.WriteString("openedOn", Canonical.Date(entry.OpenedOn));
        writer.WriteString("closedOn", Canonical.Date(entry.ClosedOn));
        writer.WriteStartArray("acts");
        foreach (var act in entry.ActIds)
        {
            writer.WriteNumberValue(act);
        }

        writer.WriteEndArray();
        writer.WriteString("enteredBy", proceeding.EnteredBy);
        writer.WriteString("enteredAt", Canonical.Instant(proceeding.EnteredAt));
        writer.WriteString("changedBy", proceeding.ChangedBy ?? string.Empty);
        writer.WriteString("changedAt", Canonical.Instant(proceeding.ChangedAt));
        writer.WriteEndObject();
    });

    private readonly Dictionary<long, AuditEntry> _last = [];

    /// <summary>The proceedings whose last entry was written before the history, without "recoveredOn".</summary>
    private readonly HashSet<long> _beforeHistory = [];

    public bool Records(string action) => action is AuditEntry.TrackProceeding or AuditEntry.ChangeProceeding;

    public void Record(AuditEntry entry, JsonElement payload, AuditFindings findings)
    {
        var id = payload.GetProperty("id").GetInt64();
        var known = _last.TryGetValue(id, out var earlier);
        if (entry.Action == AuditEntry.TrackProceeding && known)
        {
            findings.Add(entry.Seq, entry.Subject, $"the proceeding was entered already at entry {earlier!.Seq}");
        }
        else if (entry.Action == AuditEntry.ChangeProceeding && !known)
        {
            findings.Add(entry.Seq, entry.Subject, "it changes a proceeding that was never entered");
        }

        _last[id] = entry;
        if (payload.TryGetProperty("recoveredOn", out _))
        {
            _beforeHistory.Remove(id);
        }
        else
        {
            _beforeHistory.Add(id);
        }
    }

    public async Task CheckAsync(DbConnection connection, DbTransaction snapshot, AuditFindings findings, CancellationToken cancellationToken)
    {
        Dictionary<long, TrackedProceeding> rows;
        ILookup<long, long> links;
        try
        {
            rows = (await ProceedingRows.AllAsync(connection, snapshot, cancellationToken).ConfigureAwait(false)).ToDictionary(row => row.Id);
            links = await ProceedingRows.AllLinksAsync(connection, snapshot, cancellationToken).ConfigureAwait(false);
        }
        catch (FormatException exception)
        {
            findings.Add(null, "tracked proceedings", $"the stored proceedings cannot be read: {exception.Message}");
            return;
        }

        foreach (var (id, entry) in _last)
        {
            if (!rows.TryGetValue(id, out var row))
            {
                findings.Add(entry.Seq, entry.Subject, "the proceeding it records is not in the register (deleted)");
            }
            else if (Payload(row with { Entry = row.Entry with { ActIds = [.. links[id]] } }, !_beforeHistory.Contains(id)) is var stored && stored != entry.Payload)
            {
                findings.Add(entry.Seq, entry.Subject, "the stored proceeding differs from the last recorded change", stored);
            }
        }

        foreach (var id in rows.Keys.Where(id => !_last.ContainsKey(id)))
        {
            findings.Add(null, Subject(id), "the proceeding is in the register without an audit entry");
        }

        foreach (var id in links.Select(group => group.Key).Where(id => !rows.ContainsKey(id)))
        {
            findings.Add(null, Subject(id), "acts are linked to a proceeding that is not in the register");
        }
    }
}
