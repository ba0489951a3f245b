using System.Data.Common;
using System.Text.Json;

namespace Supervision.Register;

/// <summary>
/// What the audit trail records of an attached signature — the signed PDF's SHA-256 and what its certificate
/// says — and the part of <c>audit verify</c> that re-checks every <c>act_signatures</c> row against its entry,
/// both ways, and the stored PDF against its hash: a signature row changed, added or deleted, or a signed PDF
/// swapped, behind the application's back, is a break.
/// </summary>
internal sealed class SignatureAudit : IAuditPart
{
    private readonly Dictionary<long, AuditEntry> _entries = [];

    public static string Payload(ActSignatureRecord signature) => Canonical.Json(writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("act", signature.ActId);
        writer.WriteString("sha256", signature.Sha256);
        writer.WriteString("signerIin", signature.SignerIin);
        writer.WriteString("signerName", signature.SignerName);
        writer.WriteString("signerPosition", signature.SignerPosition);
        writer.WriteString("certificateSubject", signature.CertificateSubject);
        writer.WriteString("certificateIssuer", signature.CertificateIssuer);
        writer.WriteString("certificateSerial", signature.CertificateSerial);
        writer.WriteString("validFrom", Canonical.Instant(signature.ValidFrom));
        writer.WriteString("validTo", Canonical.Instant(signature.ValidTo));
        writer.WriteString("signedAt", Canonical.Instant(signature.SignedAt));
        writer.WriteString("recordedBy", signature.RecordedBy);
        writer.WriteString("recordedAt", Canonical.Instant(signature.RecordedAt));
        writer.WriteEndObject();
    });

    public bool Records(string action) => action == AuditEntry.AttachSignature;

    public void Record(AuditEntry entry, JsonElement payload, AuditFindings findings) =>
        _entries[payload.GetProperty("act").GetInt64()] = entry;

    public async Task CheckAsync(DbConnection connection, DbTransaction snapshot, AuditFindings findings, CancellationToken cancellationToken)
    {
        var seen = new HashSet<long>();
        foreach (var id in await Sql.ListAsync(connection, snapshot, "SELECT act_id FROM act_signatures ORDER BY act_id", null, reader => reader.Int64("act_id"), cancellationToken).ConfigureAwait(false))
        {
            // One signed PDF in memory at a time: they are kept whole, and there may be many.
            var row = await ActSignatureRows.FindAsync(connection, snapshot, id, cancellationToken).ConfigureAwait(false);
            if (row is null)
            {
                continue;
            }

            seen.Add(id);
            if (!_entries.TryGetValue(id, out var entry))
            {
                findings.Add(null, $"signature of act {id}", "the act's signature is in the register without an audit entry");
            }
            else if (Payload(row) is var stored && stored != entry.Payload)
            {
                findings.Add(entry.Seq, entry.Subject, "the stored signature differs from the one recorded", stored);
            }
            else if (Canonical.Sha256(row.Pdf) != row.Sha256)
            {
                findings.Add(entry.Seq, entry.Subject, "the stored signed PDF does not have the SHA-256 recorded when the signature was attached (the file was changed)");
            }
        }

        foreach (var (id, entry) in _entries.Where(pair => !seen.Contains(pair.Key)))
        {
            findings.Add(entry.Seq, entry.Subject, $"the signature of act {id} it records is not in the register (deleted)");
        }
    }
}
