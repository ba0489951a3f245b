using System.Data.Common;

namespace Supervision.Register;

/// <summary>Reads the <c>act_signatures</c> row of an act: what the public verification page shows of its signature.</summary>
internal static class ActSignatureReads
{
    private const string Columns =
        "act_id, pdf, sha256, signer_iin, signer_name, signer_position, certificate_subject, certificate_issuer, " +
        "certificate_serial, valid_from, valid_to, signed_at, recorded_by, recorded_at";

    /// <summary>The act's signature, or null while it is not signed electronically.</summary>
    public static async Task<ActSignatureRecord?> FindAsync(DbConnection connection, DbTransaction? transaction, long actId, CancellationToken cancellationToken)
    {
        var rows = await Sql.ListAsync(connection, transaction, $"SELECT {Columns} FROM act_signatures WHERE act_id = @act", [("act", actId)], Read, cancellationToken).ConfigureAwait(false);
        return rows.Count == 1 ? rows[0] : null;
    }

    private static ActSignatureRecord Read(DbDataReader reader) => new()
    {
        ActId = reader.Int64("act_id"),
        Pdf = reader.GetFieldValue<byte[]>(reader.GetOrdinal("pdf")),
        Sha256 = reader.Text("sha256"),
        SignerIin = reader.Text("signer_iin"),
        SignerName = reader.Text("signer_name"),
        SignerPosition = reader.Text("signer_position"),
        CertificateSubject = reader.Text("certificate_subject"),
        CertificateIssuer = reader.Text("certificate_issuer"),
        CertificateSerial = reader.Text("certificate_serial"),
        ValidFrom = reader.Timestamp("valid_from"),
        ValidTo = reader.Timestamp("valid_to"),
        SignedAt = reader.Timestamp("signed_at"),
        RecordedBy = reader.Text("recorded_by"),
        RecordedAt = reader.Timestamp("recorded_at"),
    };
}
