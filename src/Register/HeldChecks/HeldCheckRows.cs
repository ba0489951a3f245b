using System.Data.Common;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Supervision.Register;

/// <summary>Reads and writes <c>held_checks</c> rows: the one place that knows their columns.</summary>
internal static class HeldCheckRows
{
    private const string Columns = "id, office_code, check_start, check_end, checked, note, recorded_by, recorded_at";

    /// <summary>Kazakh and Russian letters kept as they are, so that the column reads as typed.</summary>
    private static readonly JsonSerializerOptions Letters = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The rows the condition selects, the latest check first (then the latest recorded), a page where asked.</summary>
    public static Task<List<HeldCheck>> SelectAsync(
        DbConnection connection,
        DbTransaction? transaction,
        string where,
        IReadOnlyList<(string Name, object? Value)>? parameters,
        (int Limit, int Offset)? page,
        CancellationToken cancellationToken)
    {
        var paging = page is { } p ? string.Create(CultureInfo.InvariantCulture, $" LIMIT {p.Limit} OFFSET {p.Offset}") : string.Empty;
        return Sql.ListAsync(connection, transaction, $"SELECT {Columns} FROM held_checks WHERE {where} ORDER BY check_end DESC, id DESC{paging}", parameters, Read, cancellationToken);
    }

    /// <summary>Adds the row; answers its id.</summary>
    public static async Task<long> InsertAsync(DbConnection connection, DbTransaction transaction, HeldCheckEntry entry, string by, DateTimeOffset at, CancellationToken cancellationToken) =>
        Convert.ToInt64(
            await Sql.ScalarAsync(
                connection,
                transaction,
                "INSERT INTO held_checks (office_code, check_start, check_end, checked, note, recorded_by, recorded_at) VALUES (@office, @start, @end, @checked, @note, @by, @at) RETURNING id",
                [("office", entry.OfficeCode), ("start", entry.CheckStart), ("end", entry.CheckEnd), ("checked", Objects(entry.Checked)), ("note", entry.Note), ("by", by), ("at", at)],
                cancellationToken).ConfigureAwait(false),
            CultureInfo.InvariantCulture);

    /// <summary>The objects checked as the column holds them: a JSON array of texts.</summary>
    public static string Objects(IReadOnlyList<string> objects) => JsonSerializer.Serialize(objects, Letters);

    private static HeldCheck Read(DbDataReader reader)
    {
        var text = reader.Text("checked");
        List<string>? objects;
        try
        {
            objects = JsonSerializer.Deserialize<List<string>>(text);
        }
        catch (JsonException exception)
        {
            throw new FormatException($"the objects of check {reader.Int64("id")} are not a list of texts: {exception.Message}", exception);
        }

        return new HeldCheck(
            reader.Int64("id"),
            new HeldCheckEntry
            {
                OfficeCode = reader.Text("office_code"),
                CheckStart = reader.Date("check_start"),
                CheckEnd = reader.Date("check_end"),
                Checked = objects ?? throw new FormatException($"the objects of check {reader.Int64("id")} are null"),
                Note = reader.NullableText("note"),
            },
            reader.Text("recorded_by"),
            reader.Timestamp("recorded_at"));
    }
}
