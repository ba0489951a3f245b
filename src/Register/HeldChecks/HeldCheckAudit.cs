using System.Data.Common;
using System.Text.Json;

namespace Supervision.Register;

/// <summary>
/// What the audit trail records of a held check (every column, who recorded it and when), and the part of
/// <c>audit verify</c> that checks every row against its "record-check" entry and the other way round: a day, an object
/// or the office edited, a row added or deleted behind the application's back is a break. A check is recorded once and
/// never changed, so one entry vouches for one row.
/// </summary>
internal sealed class HeldCheckAudit : IAuditPart
{
    private readonly Dictionary<long, AuditEntry> _recorded = [];

    public static string Subject(long id) => $"check {id}";

    public static string Payload(HeldCheck check) => Canonical.Json(writer =>
    {
        var entry = check.Entry;
        writer.WriteStartObject();
        writer.WriteNumber("id", check.Id);
        writer.WriteString("office", entry.OfficeCode);
        writer.WriteString("checkStart", Canonical.Date(entry.CheckStart));
        writer.WriteString("checkEnd", Canonical.Date(entry.CheckEnd));
        writer.WriteStartArray("checked");
        foreach (var text in entry.Checked)
        {
            writer.WriteStringValue(text);
        }

        writer.WriteEndArray();
        writer.WriteString("note", entry.Note ?? string.Empty);
        writer.WriteString("recordedBy", check.RecordedBy);
        writer.WriteString("recordedAt", Canonical.Instant(check.RecordedAt));
        writer.WriteEndObject();
    });

    public bool Records(string action) => action == AuditEntry.RecordCheck;

    public void Record(AuditEntry entry, JsonElement payload, AuditFindings findings)
    {
        var id = payload.GetProperty("id").GetInt64();
        if (_recorded.TryGetValue(id, out var earlier))
        {
            findings.Add(entry.Seq, entry.Subject, $"the check was recorded already at entry {earlier.Seq}");
        }

        _recorded[id] = entry;
    }

    public async Task CheckAsync(DbConnection connection, DbTransaction snapshot, AuditFindings findings, CancellationToken cancellationToken)
    {
        Dictionary<long, HeldCheck> rows;
        try
        {
            rows = (await HeldCheckRows.SelectAsync(connection, snapshot, "1 = 1", null, null, cancellationToken).ConfigureAwait(false)).ToDictionary(row => row.Id);
        }
        catch (FormatException exception)
        {
            findings.Add(null, "held checks", $"the stored checks cannot be read: {exception.Message}");
            return;
        }

        foreach (var (id, entry) in _recorded)
        {
            if (!rows.TryGetValue(id, out var row))
            {
                findings.Add(entry.Seq, entry.Subject, "the check it records is not in the register (deleted)");
            }
            else if (Payload(row) is var stored && stored != entry.Payload)
            {
                findings.Add(entry.Seq, entry.Subject, "the stored check differs from the one recorded", stored);
            }
        }

        foreach (var id in rows.Keys.Where(id => !_recorded.ContainsKey(id)))
        {
            findings.Add(null, Subject(id), "the check is in the register without an audit entry");
        }
    }
}
