using System.Data.Common;
using System.Text.Json;

namespace Supervision.Register;

/// <summary>
/// Checks <c>office_names</c>, which decides the index (and so the numbers) an act printing an office's
/// name is issued under: every row must be one an office's registration entry or an issued act's entry
/// recorded — the name under the same index — and every such name must still be there. A name re-pointed
/// to another index, added or deleted behind the application's back is a break at the entry that
/// recorded it.
/// </summary>
internal static class OfficeNameAudit
{
    public static async Task CheckAsync(
        DbConnection connection,
        DbTransaction snapshot,
        IEnumerable<AuditEntry> registrations,
        IReadOnlyDictionary<(string Name, string Code), long> issuedNames,
        AuditFindings findings,
        CancellationToken cancellationToken)
    {
        var recorded = new Dictionary<string, (string Code, long Seq)>(StringComparer.Ordinal);
        foreach (var entry in registrations)
        {
            using var payload = JsonDocument.Parse(entry.Payload);
            var code = payload.RootElement.GetProperty("office").GetString()!;
            foreach (var field in new[] { "nameKk", "nameRu" })
            {
                if (payload.RootElement.TryGetProperty(field, out var name) && name.GetString() is { Length: > 0 } text)
                {
                    Record(recorded, text, code, entry.Seq, findings);
                }
            }
        }

        foreach (var ((name, code), seq) in issuedNames)
        {
            Record(recorded, name, code, seq, findings);
        }

        var rows = await Sql.ListAsync(connection, snapshot, "SELECT name, office_code FROM office_names", null, reader => (Name: reader.Text("name"), Code: reader.Text("office_code")), cancellationToken).ConfigureAwait(false);
        foreach (var (name, code) in rows)
        {
            if (!recorded.Remove(name, out var expected))
            {
                findings.Add(null, $"office name \"{name}\"", $"the office name stands under the index {code} without an audit entry (no registration or issued act recorded it)");
            }
            else if (expected.Code != code)
            {
                findings.Add(expected.Seq, null, $"the office name \"{name}\" was recorded under the index {expected.Code}, but the register points it to {code} (re-pointed)");
            }
        }

        foreach (var (name, (code, seq)) in recorded)
        {
            findings.Add(seq, null, $"the office name \"{name}\" recorded under the index {code} is missing from the register's office names");
        }
    }

    private static void Record(Dictionary<string, (string Code, long Seq)> recorded, string name, string code, long seq, AuditFindings findings)
    {
        if (!recorded.TryGetValue(name, out var earlier))
        {
            recorded[name] = (code, seq);
        }
        else if (earlier.Code != code)
        {
            findings.Add(Math.Max(earlier.Seq, seq), null, $"the office name \"{name}\" is recorded under two indexes, {earlier.Code} and {code}");
        }
        else if (seq < earlier.Seq)
        {
            recorded[name] = (code, seq);
        }
    }
}
