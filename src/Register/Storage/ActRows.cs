using System.Data.Common;
using Supervision.Acts;
using Supervision.Generation;

namespace Supervision.Register;

/// <summary>Reads and writes <c>issued_acts</c> rows with their documents and template versions.</summary>
internal static class ActRows
{
    public const string Columns =
        "id, registration_number, office_code, year, sequence, kind, language, act_date, office_name, prosecutor, " +
        "proceeding_number, creditor_kind, claim_amount, due_date, act_json, issued_by, issued_at, " +
        "status, answer_date, answer_number, recovered_amount, status_changed_by, status_changed_at, verify_token, verify_url";

    /// <summary>The columns a list shows (<see cref="ActSummary"/>): never the act's JSON.</summary>
    public const string SummaryColumns =
        "id, registration_number, office_code, office_name, kind, language, act_date, prosecutor, due_date, " +
        "status, answer_date, answer_number, issued_by, issued_at";

    /// <summary>The one act a WHERE clause on a unique column selects (its id, its registration number), or null.</summary>
    public static async Task<IssuedAct?> SingleAsync(
        DbConnection connection,
        DbTransaction? transaction,
        string where,
        IReadOnlyList<(string Name, object? Value)> parameters,
        CancellationToken cancellationToken,
        string suffix = "")
    {
        var found = await SelectAsync(connection, transaction, where, parameters, cancellationToken, suffix).ConfigureAwait(false);
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>The acts a WHERE clause selects (with its parameters), in order of id, with their documents and templates.</summary>
    public static async Task<List<IssuedAct>> SelectAsync(
        DbConnection connection,
        DbTransaction? transaction,
        string where,
        IReadOnlyList<(string Name, object? Value)> parameters,
        CancellationToken cancellationToken,
        string suffix = "")
    {
        var rows = await Sql.ListAsync(connection, transaction, $"SELECT {Columns} FROM issued_acts WHERE {where} ORDER BY id{suffix}", parameters, Read, cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return rows;
        }

        var ids = string.Join(", ", rows.Select(row => row.Id));
        var documents = await Sql.ListAsync(
            connection,
            transaction,
            $"SELECT act_id, format, sha256 FROM issued_documents WHERE act_id IN ({ids})",
            null,
            reader => (Act: reader.Int64("act_id"), Format: reader.Text("format"), Sha256: reader.Text("sha256")),
            cancellationToken).ConfigureAwait(false);
        var templates = await Sql.ListAsync(
            connection,
            transaction,
            $"SELECT act_id, path, version FROM issued_templates WHERE act_id IN ({ids})",
            null,
            reader => (Act: reader.Int64("act_id"), Use: new TemplateUse(reader.Text("path"), reader.Int32("version"))),
            cancellationToken).ConfigureAwait(false);
        var documentsByAct = documents.ToLookup(row => row.Act);
        var templatesByAct = templates.ToLookup(row => row.Act);
        return
        [
            .. rows.Select(row => row with
            {
                Sha256 = documentsByAct[row.Id].ToDictionary(document => Parse<OutputFormat>(document.Format, "format"), document => document.Sha256),
                Templates = [.. templatesByAct[row.Id].Select(template => template.Use).OrderBy(use => use.Path, StringComparer.Ordinal)],
            }),
        ];
    }

    /// <summary>
    /// A page of the summaries a WHERE clause selects, in the order given ("due_date, id"). The page's ids are
    /// chosen first, by a query the indexes can answer alone, and only those rows are read: on SQLite the
    /// columns stored after the act's JSON (status, issued_by, ...) cost a walk through its overflow pages,
    /// which OFFSET would otherwise pay for every act it skips.
    /// </summary>
    public static Task<List<ActSummary>> SummariesAsync(
        DbConnection connection,
        string where,
        IReadOnlyList<(string Name, object? Value)> parameters,
        string orderBy,
        (int Limit, int Offset) page,
        CancellationToken cancellationToken) =>
        Sql.ListAsync(
            connection,
            null,
            FormattableString.Invariant(
                $"SELECT {SummaryColumns} FROM issued_acts WHERE id IN (SELECT id FROM issued_acts WHERE {where} ORDER BY {orderBy} LIMIT {page.Limit} OFFSET {page.Offset}) ORDER BY {orderBy}"),
            parameters,
            ReadSummary,
            cancellationToken);

    /// <summary>
    /// The statement that writes a new act under the id the store gave it (<see cref="IRegisterStore.NextActId"/>),
    /// with its templates; its documents go in <see cref="Documents"/>, joined to this one and the act's audit entry
    /// in one command (or written before the audit head is locked, <see cref="IRegisterStore.WritesDocumentsFirst"/>),
    /// since on PostgreSQL each command is a round trip made while the transaction holds the office's number and the
    /// audit head that other writers wait for.
    /// </summary>
    /// <param name="store">The store, for the way it takes an id given (<see cref="IRegisterStore.GivenIdentity"/>).</param>
    /// <param name="act">The act with its id.</param>
    public static SqlStatement Insert(IRegisterStore store, IssuedAct act)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(act);
        var statements = new List<string>(2)
        {
            "INSERT INTO issued_acts (id, registration_number, office_code, year, sequence, kind, language, act_date, office_name, prosecutor, prosecutor_key, " +
            "proceeding_number, creditor_kind, claim_amount, due_date, act_json, issued_by, issued_at, status, verify_token, verify_url)" + store.GivenIdentity + " " +
            "VALUES (@id, @number, @office, @year, @sequence, @kind, @language, @date, @officeName, @prosecutor, @prosecutorKey, " +
            "@proceeding, @creditor, @claim, @due, @json, @by, @at, @status, @verifyToken, @verifyUrl)",
        };
        var parameters = new List<(string Name, object? Value)>
        {
            ("id", act.Id), ("number", act.RegistrationNumber), ("office", act.OfficeCode), ("year", act.Year), ("sequence", act.Sequence),
            ("kind", EnumNames.Of(act.Kind)), ("language", EnumNames.Of(act.Language)), ("date", act.Date),
            ("officeName", act.OfficeName), ("prosecutor", act.Prosecutor), ("prosecutorKey", NameKey.Of(act.Prosecutor)), ("proceeding", act.ProceedingNumber),
            ("creditor", act.CreditorKind is { } kind ? EnumNames.Of(kind) : null), ("claim", act.ClaimAmount),
            ("due", act.DueDate), ("json", act.ActJson), ("by", act.IssuedBy), ("at", act.IssuedAt), ("status", EnumNames.Of(act.Status)),
            ("verifyToken", act.VerifyToken), ("verifyUrl", act.VerifyUrl),
        };
        if (act.Templates.Count > 0)
        {
            statements.Add("INSERT INTO issued_templates (act_id, path, version) VALUES " + string.Join(", ", act.Templates.Select((_, i) => $"(@id, @path{i}, @version{i})")));
            parameters.AddRange(act.Templates.SelectMany((use, i) => new (string, object?)[] { ($"path{i}", use.Path), ($"version{i}", use.Version) }));
        }

        return new SqlStatement(string.Join("; ", statements), parameters);
    }

    /// <summary>
    /// The statement that writes an act's documents: the hash of each format and the bytes of those it keeps. Sent
    /// after the act's row in its command, or on PostgreSQL ahead of it, before the audit head is locked (the
    /// reference to the act is checked at commit, migration 0018), so that the PDF's rows are not written while every
    /// other writer waits.
    /// </summary>
    /// <param name="id">The act's id (<see cref="IRegisterStore.NextActId"/>).</param>
    /// <param name="sha256">The hash of each format.</param>
    /// <param name="kept">The documents whose bytes are stored beside their hashes (the PDF).</param>
    public static SqlStatement Documents(long id, IReadOnlyDictionary<OutputFormat, string> sha256, IReadOnlyList<IssuedDocument> kept)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        var documents = sha256.ToList();
        return new SqlStatement(
            "INSERT INTO issued_documents (act_id, format, sha256, content) VALUES " + string.Join(", ", documents.Select((_, i) => $"(@id, @format{i}, @sha256{i}, @content{i})")),
            [
                ("id", id),
                .. documents.SelectMany((document, i) => new (string, object?)[]
                {
                    ($"format{i}", EnumNames.Of(document.Key)),
                    ($"sha256{i}", document.Value),
                    ($"content{i}", Content(kept, document.Key, document.Value)),
                }),
            ]);
    }

    /// <summary>The kept bytes of a format, which must be those hashed; null where the format's bytes are not kept.</summary>
    private static byte[]? Content(IReadOnlyList<IssuedDocument> kept, OutputFormat format, string sha256) =>
        kept.FirstOrDefault(document => document.Format == format) is { } document
            ? document.Sha256 == sha256 ? document.Content : throw new InvalidOperationException($"the {EnumNames.Of(format)} to keep is not the one hashed")
            : null;

    private static IssuedAct Read(DbDataReader reader) => new()
    {
        Id = reader.Int64("id"),
        RegistrationNumber = reader.Text("registration_number"),
        OfficeCode = reader.Text("office_code"),
        Year = reader.Int32("year"),
        Sequence = reader.Int32("sequence"),
        Kind = Parse<ActKind>(reader.Text("kind"), "kind"),
        Language = Parse<ActLanguage>(reader.Text("language"), "language"),
        Date = reader.Date("act_date"),
        OfficeName = reader.Text("office_name"),
        Prosecutor = reader.Text("prosecutor"),
        ProceedingNumber = reader.NullableText("proceeding_number"),
        CreditorKind = reader.NullableText("creditor_kind") is { } creditor ? Parse<PartyKind>(creditor, "creditor_kind") : null,
        ClaimAmount = reader.NullableDecimal("claim_amount"),
        DueDate = reader.NullableDate("due_date"),
        ActJson = reader.Text("act_json"),
        IssuedBy = reader.Text("issued_by"),
        IssuedAt = reader.Timestamp("issued_at"),
        Status = Parse<ActStatus>(reader.Text("status"), "status"),
        AnswerDate = reader.NullableDate("answer_date"),
        AnswerNumber = reader.NullableText("answer_number"),
        RecoveredAmount = reader.NullableDecimal("recovered_amount"),
        StatusChangedBy = reader.NullableText("status_changed_by"),
        StatusChangedAt = reader.NullableTimestamp("status_changed_at"),
        VerifyToken = reader.NullableText("verify_token"),
        VerifyUrl = reader.NullableText("verify_url"),
        Sha256 = new Dictionary<OutputFormat, string>(),
        Templates = [],
    };

    private static ActSummary ReadSummary(DbDataReader reader) => new()
    {
        Id = reader.Int64("id"),
        RegistrationNumber = reader.Text("registration_number"),
        OfficeCode = reader.Text("office_code"),
        OfficeName = reader.Text("office_name"),
        Kind = Parse<ActKind>(reader.Text("kind"), "kind"),
        Language = Parse<ActLanguage>(reader.Text("language"), "language"),
        Date = reader.Date("act_date"),
        Prosecutor = reader.Text("prosecutor"),
        DueDate = reader.NullableDate("due_date"),
        Status = Parse<ActStatus>(reader.Text("status"), "status"),
        AnswerDate = reader.NullableDate("answer_date"),
        AnswerNumber = reader.NullableText("answer_number"),
        IssuedBy = reader.Text("issued_by"),
        IssuedAt = reader.Timestamp("issued_at"),
    };

    private static T Parse<T>(string name, string column) where T : struct, Enum =>
        EnumNames.TryParse<T>(name, out var value) ? value : throw new RegisterException($"the register holds '{name}' in {column}, which this program does not know");
}
