using System.Data.Common;
using Supervision.Acts;

namespace Supervision.Register;

/// <summary>Reads <c>offices</c> rows.</summary>
internal static class OfficeRows
{
    /// <summary>The columns <see cref="Read"/> reads.</summary>
    public const string Columns = "code, level, name_kk, name_ru, superior_code, registered_by, registered_at";

    /// <summary>Every office, the general office first, then regional and district ones, each by index.</summary>
    public static async Task<List<RegisteredOffice>> AllAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var rows = await Sql.ListAsync(connection, transaction, $"SELECT {Columns} FROM offices", null, Read, cancellationToken).ConfigureAwait(false);
        return [.. rows.OrderBy(office => Rank(office.Level)).ThenBy(office => office.Code, StringComparer.Ordinal)];
    }

    /// <summary>The office with an index, or null.</summary>
    public static Task<RegisteredOffice?> FindAsync(DbConnection connection, DbTransaction? transaction, string code, CancellationToken cancellationToken) =>
        Find(code).RunAsync(connection, transaction, cancellationToken);

    /// <summary>The read of <see cref="FindAsync"/>, to send with others.</summary>
    public static SqlRead<RegisteredOffice?> Find(string code) => new(
        new SqlStatement($"SELECT {Columns} FROM offices WHERE code = @code", [("code", code)]),
        async (reader, cancellationToken) => (await Sql.RowsAsync(reader!, Read, cancellationToken).ConfigureAwait(false)) is [var office] ? office : null);

    private static int Rank(OfficeLevel level) => level switch
    {
        OfficeLevel.General => 0,
        OfficeLevel.Regional => 1,
        _ => 2,
    };

    /// <summary>An office from a row of <see cref="Columns"/>.</summary>
    public static RegisteredOffice Read(DbDataReader reader)
    {
        var level = reader.Text("level");
        return new RegisteredOffice(
            reader.Text("code"),
            EnumNames.TryParse<OfficeLevel>(level, out var parsed) ? parsed : throw new FormatException($"office level '{level}' is not one the register writes"),
            reader.NullableText("name_kk"),
            reader.NullableText("name_ru"),
            reader.NullableText("superior_code"),
            reader.NullableText("registered_by"),
            reader.NullableTimestamp("registered_at"));
    }
}
