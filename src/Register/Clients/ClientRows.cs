using System.Data.Common;
using Supervision.Acts;

namespace Supervision.Register;

/// <summary>Reads and writes <c>clients</c> rows.</summary>
internal static class ClientRows
{
    private const string Columns = "name, office_code, scopes, added_by, added_at, revoked_by, revoked_at";

    public static Task<List<Client>> SelectAsync(DbConnection connection, DbTransaction? transaction, string where, IReadOnlyList<(string Name, object? Value)> parameters, CancellationToken cancellationToken) =>
        Sql.ListAsync(connection, transaction, $"SELECT {Columns} FROM clients WHERE {where} ORDER BY name", parameters, Read, cancellationToken);

    public static Task InsertAsync(DbConnection connection, DbTransaction transaction, Client client, string keyDigest, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(
            connection,
            transaction,
            $"INSERT INTO clients ({Columns}, key_sha256) VALUES (@name, @office, @scopes, @by, @at, NULL, NULL, @key)",
            [("name", client.Name), ("office", client.OfficeCode), ("scopes", Scopes(client.Scopes)), ("by", client.AddedBy), ("at", client.AddedAt), ("key", keyDigest)],
            cancellationToken);

    /// <summary>The scopes as stored: their names, space-separated, in declaration order.</summary>
    public static string Scopes(IEnumerable<ClientScope> scopes) => string.Join(' ', scopes.Distinct().Order().Select(EnumNames.Of));

    private static Client Read(DbDataReader reader) => new(
        reader.Text("name"),
        reader.NullableText("office_code"),
        [.. reader.Text("scopes").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Scope)],
        reader.Text("added_by"),
        reader.Timestamp("added_at"),
        reader.NullableText("revoked_by"),
        reader.NullableTimestamp("revoked_at"));

    private static ClientScope Scope(string name) =>
        EnumNames.TryParse<ClientScope>(name, out var scope) ? scope : throw new FormatException($"'{name}' is not a client scope the register writes");
}
