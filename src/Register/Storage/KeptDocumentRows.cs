using System.Data.Common;
using Microsoft.Data.Sqlite;
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
    /// its act's number, its stored hash and the SHA-256 of its bytes computed as they stream past: no document's
    /// bytes are ever held whole. On SQLite they are read from the file a piece at a time through an incremental
    /// blob (<see cref="SqliteBlob"/>, opened by the row's <c>rowid</c> inside the same snapshot); on PostgreSQL the
    /// rows are read with sequential access, so the column streams from the socket instead of the whole row
    /// being buffered first. (Each PDF copied into an array of its own was part of the 600 MB a verification of a
    /// 10 000-act register allocated: docs/performance.md, "Reads in bounded memory".)
    /// </summary>
    public static Task<List<KeptDocumentHash>> HashesAsync(DbConnection connection, DbTransaction? transaction, (long ActId, string Format) after, int limit, CancellationToken cancellationToken)
    {
        var sqlite = connection as SqliteConnection;

        // Sequential access reads the columns in the order selected: the bytes come last.
        var text = FormattableString.Invariant(
            $"SELECT d.act_id, d.format, d.sha256, a.registration_number, {(sqlite is null ? string.Empty : "d.rowid AS document_rowid, ")}d.content ") +
            FormattableString.Invariant(
                $"FROM issued_documents d LEFT JOIN issued_acts a ON a.id = d.act_id WHERE d.content IS NOT NULL AND (d.act_id > @after OR (d.act_id = @after AND d.format > @format)) ORDER BY d.act_id, d.format LIMIT {limit}");
        return Sql.ReadSequentialAsync(
            connection,
            transaction,
            text,
            [("after", after.ActId), ("format", after.Format)],
            async reader =>
            {
                var page = new List<KeptDocumentHash>(limit);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var actId = reader.Int64("act_id");
                    var format = reader.Text("format");
                    var sha256 = reader.Text("sha256");
                    var number = reader.NullableText("registration_number");
                    page.Add(new KeptDocumentHash(actId, format, number, sha256, sqlite is null
                        ? await Canonical.Sha256Async(reader.GetStream(reader.GetOrdinal("content")), cancellationToken).ConfigureAwait(false)
                        : BlobSha256(sqlite, reader.Int64("document_rowid"))));
                }

                return page;
            },
            cancellationToken);
    }

    // SQLite reads synchronously: the blob is hashed as it is read, with no task per buffer.
    private static string BlobSha256(SqliteConnection connection, long rowid)
    {
        using var blob = new SqliteBlob(connection, "issued_documents", "content", rowid, readOnly: true);
        return Canonical.Sha256(blob);
    }
}
