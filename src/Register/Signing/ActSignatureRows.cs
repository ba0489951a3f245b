using System.Data.Common;

namespace Supervision.Register;

/// <summary>Writes <c>act_signatures</c>, and reads its rows back for the document endpoint, the audit and the public verification page.</summary>
internal static class ActSignatureRows
{
    private const string Columns = "act_id, pdf, sha256, signer_iin, signer_name, signer_position, certificate_subject, certificate_issuer, certificate_serial, valid_from, valid_to, signed_at, recorded_by, recorded_at";

    public static Task InsertAsync(DbConnection connection, DbTransaction transaction, ActSignatureRecord record, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(
            connection,
            transaction,
            $"INSERT INTO act_signatures ({Columns}) VALUES (@act, @pdf, @sha256, @iin, @name, @position, @subject, @issuer, @serial, @from, @to, @signed, @by, @at)",
            [
                ("act", record.ActId), ("pdf", record.Pdf), ("sha256", record.Sha256), ("iin", record.SignerIin), ("name", record.SignerName),
                ("position", record.SignerPosition), ("subject", record.CertificateSubject), ("issuer", record.CertificateIssuer),
                ("serial", record.CertificateSerial), ("from", record.ValidFrom), ("to", record.ValidTo), ("signed", record.SignedAt),
                ("by", record.RecordedBy), ("at", record.RecordedAt),
            ],
            cancellationToken);

    /// <summary>The act's signature, or null where it is not signed.</summary>
    public static async Task<ActSignatureRecord?> FindAsync(DbConnection connection, DbTransaction? transaction, long actId, CancellationToken cancellationToken)
    {
        var rows = await SelectAsync(connection, transaction, "act_id = @act", [("act", actId)], cancellationToken).ConfigureAwait(false);
        return rows.Count == 1 ? rows[0] : null;
    }

    /// <summary>Whether the act is signed, without reading its PDF.</summary>
    public static async Task<bool> ExistsAsync(DbConnection connection, DbTransaction? transaction, long actId, CancellationToken cancellationToken) =>
        await Sql.ScalarAsync(connection, transaction, "SELECT 1 FROM act_signatures WHERE act_id = @act", [("act", actId)], cancellationToken).ConfigureAwait(false) is not null;

    public static Task<List<ActSignatureRecord>> SelectAsync(DbConnection connection, DbTransaction? transaction, string where, IReadOnlyList<(string Name, object? Value)> parameters, CancellationToken cancellationToken) =>
        Sql.ListAsync(
            connection,
            transaction,
            $"SELECT {Columns} FROM act_signatures WHERE {where} ORDER BY act_id",
            parameters,
            reader => new ActSignatureRecord
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
            },
            cancellationToken);
}
