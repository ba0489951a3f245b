using System.Data.Common;
using Supervision.Acts;

namespace Supervision.Register;

/// <summary>Reads and writes <c>drafts</c> rows.</summary>
internal static class DraftRows
{
    private const string Columns =
        "id, office_code, kind, language, act_json, state, drafted_by, drafter_kind, signatory, remarks, " +
        "signed_at, approved_by, approved_at, issued_act_id, created_at, updated_at, follows_act_id";

    /// <summary>The drafts a WHERE clause selects, by id.</summary>
    public static Task<List<Draft>> SelectAsync(DbConnection connection, DbTransaction? transaction, string where, IReadOnlyList<(string Name, object? Value)> parameters, CancellationToken cancellationToken, string suffix = "") =>
        Sql.ListAsync(connection, transaction, Select(where, suffix), parameters, Read, cancellationToken);

    private static string Select(string where, string suffix) => $"SELECT {Columns} FROM drafts WHERE {where} ORDER BY id{suffix}";

    /// <summary>The draft with an id, or null; locked until the transaction ends where the store locks rows.</summary>
    public static Task<Draft?> FindAsync(IRegisterStore store, DbConnection connection, DbTransaction? transaction, long id, CancellationToken cancellationToken) =>
        Find(transaction is null ? string.Empty : store.LockRows, id).RunAsync(connection, transaction, cancellationToken);

    /// <summary>The read of <see cref="FindAsync"/>, to send with others; <paramref name="lockRows"/> is the store's
    /// <see cref="IRegisterStore.LockRows"/> inside a write transaction.</summary>
    public static SqlRead<Draft?> Find(string lockRows, long id) => new(
        new SqlStatement(Select("id = @id", lockRows), [("id", id)]),
        async (reader, cancellationToken) => (await Sql.RowsAsync(reader!, Read, cancellationToken).ConfigureAwait(false)) is [var draft] ? draft : null);

    /// <summary>Stores a new draft; returns it with its id.</summary>
    public static async Task<Draft> InsertAsync(DbConnection connection, DbTransaction transaction, Draft draft, CancellationToken cancellationToken)
    {
        var id = Convert.ToInt64(
            await Sql.ScalarAsync(
                connection,
                transaction,
                "INSERT INTO drafts (office_code, kind, language, act_json, state, drafted_by, drafter_kind, signatory, remarks, signed_at, approved_by, approved_at, issued_act_id, created_at, updated_at, follows_act_id) " +
                "VALUES (@office, @kind, @language, @json, @state, @by, @drafterKind, @signatory, @remarks, @signedAt, @approvedBy, @approvedAt, @issued, @createdAt, @updatedAt, @follows) RETURNING id",
                [.. Values(draft), ("follows", draft.FollowsActId)],
                cancellationToken).ConfigureAwait(false),
            System.Globalization.CultureInfo.InvariantCulture);
        return draft with { Id = id };
    }

    /// <summary>The statement that writes every changing column of a draft (its id unchanged); sent in the command of
    /// the draft's audit entry (the change given to <c>AuditChain.AppendAsync</c>).</summary>
    public static SqlStatement Update(Draft draft) => new(
        "UPDATE drafts SET act_json = @json, state = @state, signatory = @signatory, remarks = @remarks, signed_at = @signedAt, " +
        "approved_by = @approvedBy, approved_at = @approvedAt, issued_act_id = @issued, updated_at = @updatedAt WHERE id = @id",
        [.. Values(draft), ("id", draft.Id)]);

    private static List<(string, object?)> Values(Draft draft) =>
    [
        ("office", draft.OfficeCode), ("kind", EnumNames.Of(draft.Kind)), ("language", EnumNames.Of(draft.Language)), ("json", draft.ActJson),
        ("state", EnumNames.Of(draft.State)), ("by", draft.DraftedBy), ("drafterKind", EnumNames.Of(draft.DrafterKind)), ("signatory", draft.Signatory),
        ("remarks", draft.Remarks), ("signedAt", draft.SignedAt), ("approvedBy", draft.ApprovedBy), ("approvedAt", draft.ApprovedAt),
        ("issued", draft.IssuedActId), ("createdAt", draft.CreatedAt), ("updatedAt", draft.UpdatedAt),
    ];

    private static Draft Read(DbDataReader reader) => new(
        reader.Int64("id"),
        reader.Text("office_code"),
        Parse<ActKind>(reader.Text("kind")),
        Parse<ActLanguage>(reader.Text("language")),
        reader.Text("act_json"),
        Parse<DraftState>(reader.Text("state")),
        reader.Text("drafted_by"),
        Parse<PrincipalKind>(reader.Text("drafter_kind")),
        reader.NullableText("signatory"),
        reader.NullableText("remarks"),
        reader.NullableTimestamp("signed_at"),
        reader.NullableText("approved_by"),
        reader.NullableTimestamp("approved_at"),
        reader.IsDBNull(reader.GetOrdinal("issued_act_id")) ? null : reader.Int64("issued_act_id"),
        reader.Timestamp("created_at"),
        reader.Timestamp("updated_at"),
        reader.IsDBNull(reader.GetOrdinal("follows_act_id")) ? null : reader.Int64("follows_act_id"));

    private static T Parse<T>(string name) where T : struct, Enum =>
        EnumNames.TryParse<T>(name, out var value) ? value : throw new FormatException($"'{name}' is not a {typeof(T).Name} the register writes");
}
