using System.Data.Common;
using Supervision.Acts;
using Supervision.Generation;

namespace Supervision.Register;

/// <summary>
/// The bytes of issued documents kept in <c>issued_documents.content</c> (the PDF). They are read for one act
/// at a time, or hashed as they pass a row at a time: no list, control or audit query that reads many acts
/// selects them (<see cref="ActRows"/> reads only the hashes).
/// </summary>
internal static class KeptDocumentRows
{
    /// <summary>The kept bytes of an act's document, or null where none are kept (acts issued before they were).</summary>
    public static async Task<byte[]?> ContentAsync(DbConnection connection, DbTransaction? transaction, long actId, OutputFormat format, CancellationToken cancellationToken)
    {
        var rows = await Sql.ListAsync(
            connection,
            transaction,
            "SELECT content FROM issued_documents WHERE act_id = @id AND format = @format",
            [("id", actId), ("format", EnumNames.Of(format))],
            reader => reader.IsDBNull(0) ? null : reader.GetFieldValue<byte[]>(0),
            cancellationToken).ConfigureAwait(false);
        return rows.Count == 1 ? rows[0] : null;
    }

    /// <summary>
    /// Stores the bytes of an act issued before documents were kept, where its row has no bytes yet and holds
    /// exactly their hash; true where they were stored now. Two callers keeping the same act store it once.
    /// </summary>
    public static async Task<bool> KeepAsync(DbConnection connection, DbTransaction transaction, long actId, IssuedDocument document, CancellationToken cancellationToken) =>
        await Sql.ExecuteAsync(
            connection,
            transaction,
            "UPDATE issued_documents SET content = @content WHERE act_id = @id AND format = @format AND sha256 = @sha256 AND content IS NULL",
            [("content", document.Content), ("id", actId), ("format", EnumNames.Of(document.Format)), ("sha256", document.Sha256)],
            cancellationToken).ConfigureAwait(false) == 1;

    /// <summary>A page of the acts after <paramref name="afterId"/> whose document of the format has a hash but no kept bytes, by id.</summary>
    public static Task<List<long>> MissingAsync(DbConnection connection, OutputFormat format, long afterId, int limit, CancellationToken cancellationToken) =>
        Sql.ListAsync(
            connection,
            null,
            FormattableString.Invariant($"SELECT act_id FROM issued_documents WHERE format = @format AND content IS NULL AND act_id > @after ORDER BY act_id LIMIT {limit}"),
            [("format", EnumNames.Of(format)), ("after", afterId)],
            reader => reader.Int64("act_id"),
            cancellationToken);

    /// <summary>
    /// A page of the kept documents after (<paramref name="after"/>) in the order of act and format, each with
    /// its act's number, its stored hash and the SHA-256 of its bytes computed as the row passes: the bytes
    /// themselves are not held beyond their row.
    /// </summary>
    public static Task<List<KeptDocumentHash>> HashesAsync(DbConnection connection, DbTransaction? transaction, (long ActId, string Format) after, int limit, CancellationToken cancellationToken) =>
        Sql.ListAsync(
            connection,
            transaction,
            FormattableString.Invariant(
                $"SELECT d.act_id, d.format, d.sha256, d.content, a.registration_number FROM issued_documents d LEFT JOIN issued_acts a ON a.id = d.act_id ") +
            FormattableString.Invariant(
                $"WHERE d.content IS NOT NULL AND (d.act_id > @after OR (d.act_id = @after AND d.format > @format)) ORDER BY d.act_id, d.format LIMIT {limit}"),
            [("after", after.ActId), ("format", after.Format)],
            reader => new KeptDocumentHash(
                reader.Int64("act_id"),
                reader.Text("format"),
                reader.NullableText("registration_number"),
                reader.Text("sha256"),
                Canonical.Sha256(reader.GetFieldValue<byte[]>(reader.GetOrdinal("content")))),
            cancellationToken);
}
