using System.Data.Common;
using System.Text.Json;

namespace Supervision.Register;

/// <summary>
/// What the audit trail records of a client (everything but the key's digest, which a writer behind the
/// application's back could swap — a swapped digest only locks the client out, it lets no one in
/// without the key), and the part of <c>audit verify</c> that re-checks every client row against the
/// last entry that changed it, and the other way round.
/// </summary>
internal static class ClientAudit
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

    public static async Task<List<AuditBreak>> CheckAsync(DbConnection connection, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var problems = new List<AuditBreak>();
        var last = new Dictionary<string, AuditEntry>(StringComparer.Ordinal);
        foreach (var entry in entries.Where(entry => entry.Action is AuditEntry.AddClient or AuditEntry.RevokeClient))
        {
            try
            {
                using var payload = JsonDocument.Parse(entry.Payload);
                last[payload.RootElement.GetProperty("name").GetString()!] = entry;
            }
            catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                problems.Add(new AuditBreak(entry.Seq, entry.Subject, "its payload is not what the register writes"));
            }
        }

        List<Client> rows;
        try
        {
            rows = await ClientRows.SelectAsync(connection, null, "1 = 1", [], cancellationToken).ConfigureAwait(false);
        }
        catch (FormatException exception)
        {
            problems.Add(new AuditBreak(null, "clients", $"the stored clients cannot be read: {exception.Message}"));
            return problems;
        }

        var byName = rows.ToDictionary(client => client.Name, StringComparer.Ordinal);
        foreach (var (name, entry) in last)
        {
            if (!byName.TryGetValue(name, out var client))
            {
                problems.Add(new AuditBreak(entry.Seq, entry.Subject, "the client it records is not in the register (deleted)"));
            }
            else if (Payload(client) is var stored && stored != entry.Payload)
            {
                problems.Add(new AuditBreak(entry.Seq, entry.Subject, $"the stored client differs from the last recorded change ({AuditVerifier.Differences(entry.Payload, stored)})"));
            }
        }

        foreach (var name in byName.Keys.Where(name => !last.ContainsKey(name)))
        {
            problems.Add(new AuditBreak(null, $"client {name}", "the client is in the register without an audit entry"));
        }

        return problems;
    }
}
