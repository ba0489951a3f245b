using System.Data.Common;
using System.Globalization;

namespace Supervision.Register;

/// <summary>Reads and writes <c>signature_preparations</c>.</summary>
internal static class PreparationRows
{
    public static Task InsertAsync(DbConnection connection, DbTransaction? transaction, SignaturePreparation preparation, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO signature_preparations (id, act_id, prepared_by, prepared_at, pdf, byte_ranges, digest, signer_name, signer_position, signed_at) " +
            "VALUES (@id, @act, @by, @at, @pdf, @ranges, @digest, @name, @position, @signed)",
            [
                ("id", preparation.Id), ("act", preparation.ActId), ("by", preparation.PreparedBy), ("at", preparation.PreparedAt), ("pdf", preparation.Pdf),
                ("ranges", string.Join(' ', preparation.ByteRange.Select(value => value.ToString(CultureInfo.InvariantCulture)))), ("digest", preparation.Digest),
                ("name", preparation.SignerName), ("position", preparation.SignerPosition), ("signed", preparation.SignedAt),
            ],
            cancellationToken);

    public static async Task<SignaturePreparation?> FindAsync(DbConnection connection, DbTransaction? transaction, string id, long actId, CancellationToken cancellationToken)
    {
        var rows = await Sql.ListAsync(
            connection,
            transaction,
            "SELECT id, act_id, prepared_by, prepared_at, pdf, byte_ranges, digest, signer_name, signer_position, signed_at FROM signature_preparations WHERE id = @id AND act_id = @act",
            [("id", id), ("act", actId)],
            reader => new SignaturePreparation(
                reader.Text("id"),
                reader.Int64("act_id"),
                reader.Text("prepared_by"),
                reader.Timestamp("prepared_at"),
                reader.GetFieldValue<byte[]>(reader.GetOrdinal("pdf")),
                [.. reader.Text("byte_ranges").Split(' ').Select(value => long.Parse(value, CultureInfo.InvariantCulture))],
                reader.Text("digest"),
                reader.Text("signer_name"),
                reader.Text("signer_position"),
                reader.Timestamp("signed_at")),
            cancellationToken).ConfigureAwait(false);
        return rows.Count == 1 ? rows[0] : null;
    }

    /// <summary>Deletes the act's preparations (all of them once it is signed).</summary>
    public static Task DeleteForActAsync(DbConnection connection, DbTransaction? transaction, long actId, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(connection, transaction, "DELETE FROM signature_preparations WHERE act_id = @act", [("act", actId)], cancellationToken);

    /// <summary>Deletes every preparation made before <paramref name="before"/>: they can no longer be attached to.</summary>
    public static Task DeleteExpiredAsync(DbConnection connection, DbTransaction? transaction, DateTimeOffset before, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(connection, transaction, "DELETE FROM signature_preparations WHERE prepared_at < @before", [("before", before)], cancellationToken);
}
