using System.Data.Common;
using System.Text.Json;

namespace Supervision.Register;

/// <summary>
/// What the audit trail records of a client (everything but the key's digest, which a writer behind the
/// application's back could swap — a swapped digest only locks the client out, it lets no one in
/// without the key), and the part of <c>audit verify</c> that re-checks every client row against the
/// last entry that changed it, and the other way round.
/// </summary>
internal sealed class ClientAudit : IAuditPart
{
    public static string Payload(Client client) => Canonical.Json(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("name", client.Name);
        writer.WriteString("office", client.OfficeCode ?? string.Empty);
        writer.WriteString("scopes", ClientRows.Scopes(client.Scopes));
        writer.WriteString("addedBy", client.AddedBy);
        writer.WriteString("addedAt", Canonical.Instant(client.AddedAt));
        writer.WriteString("revokedBy", client.RevokedBy ?? string.Empty);
        writer.WriteString("revokedAt", Canonical.Instant(client.RevokedAt));
        writer.WriteEndObject();
    });

    private readonly Dictionary<string, AuditEntry> _last = new(StringComparer.Ordinal);

    public bool Records(string action) => action is AuditEntry.AddClient or AuditEntry.RevokeClient;

    public void Record(AuditEntry entry, JsonElement payload, AuditFindings findings) =>
        _last[payload.GetProperty("name").GetString()!] = entry;

    public async Task CheckAsync(DbConnection connection, DbTransaction snapshot, AuditFindings findings, CancellationToken cancellationToken)
    {
        List<Client> rows;
        try
        {
            rows = await ClientRows.SelectAsync(connection, snapshot, "1 = 1", [], cancellationToken).ConfigureAwait(false);
        }
        catch (FormatException exception)
        {
            findings.Add(null, "clients", $"the stored clients cannot be read: {exception.Message}");
            return;
        }

        var byName = rows.ToDictionary(client => client.Name, StringComparer.Ordinal);
        foreach (var (name, entry) in _last)
        {
            if (!byName.TryGetValue(name, out var client))
            {
                findings.Add(entry.Seq, entry.Subject, "the client it records is not in the register (deleted)");
            }
            else if (Payload(client) is var stored && stored != entry.Payload)
            {
                findings.Add(entry.Seq, entry.Subject, "the stored client differs from the last recorded change", stored);
            }
        }

        foreach (var name in byName.Keys.Where(name => !_last.ContainsKey(name)))
        {
            findings.Add(null, $"client {name}", "the client is in the register without an audit entry");
        }
    }
}
