using System.Data.Common;
using Supervision.Acts;
using Supervision.Composition;
using Supervision.Generation;
using Supervision.Reading;
using Supervision.Templating;
using Supervision.Validation;

namespace Supervision.Register;

/// <summary>
/// Issues an act in one write transaction: registers the office, takes the next number of its office
/// and year from the counter row (an UPSERT ... RETURNING that locks the row until commit, inside
/// SQLite's BEGIN IMMEDIATE or PostgreSQL's row lock), writes the number into the act, renders it with
/// the live templates, stores the act, its hashes and template versions and appends the audit entry.
/// Any failure before the commit rolls everything back, the counter included, so numbers stay 1..N.
/// </summary>
internal sealed class ActIssuer(IRegisterStore store, TemplateVersions templates, ActValidator validator, TimeProvider clock)
{
    /// <summary>A failure to inject at a stage of the transaction, for crash drills in tests.</summary>
    public Func<IssueStage, ValueTask>? Fault { get; set; }

    public async Task<IssueOutcome> IssueAsync(IssueRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Act);
        if (string.IsNullOrWhiteSpace(request.IssuedBy))
        {
            return new IssueOutcome.Refused("who issues the act must be named");
        }

        if (request.OfficeCode is { } given && !RegistrationNumbers.IsOfficeCode(given))
        {
            return new IssueOutcome.Refused($"'{given}' is not an office index: ASCII letters and digits in groups joined by hyphens, at most {RegistrationNumbers.MaxOfficeCodeLength} characters (\"2-11\")");
        }

        // Validate before taking the lock, with a number of the register's form standing in.
        var act = request.Act;
        var report = Validate(act, request.OfficeCode ?? "0");
        if (!report.IsValid)
        {
            return new IssueOutcome.Invalid(report.Errors);
        }

        await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await store.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var (officeCode, refusal) = await ResolveOfficeAsync(connection, transaction, act.Office!, request.OfficeCode, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return new IssueOutcome.Refused(refusal);
        }

        var outcome = await IssueInAsync(connection, transaction, act, officeCode!, (request.IssuedBy, null), cancellationToken).ConfigureAwait(false);
        if (outcome is IssueOutcome.Issued)
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return outcome;
    }

    /// <summary>
    /// Numbers, renders and stores a valid act of a known office inside the caller's write transaction,
    /// and appends the issue entry (naming the principal where one acted); the caller commits on
    /// <see cref="IssueOutcome.Issued"/> and rolls back on anything else, so the number is not used.
    /// </summary>
    public async Task<IssueOutcome> IssueInAsync(DbConnection connection, DbTransaction transaction, Act act, string officeCode, (string Name, Principal? Principal) issuedBy, CancellationToken cancellationToken)
    {
        var date = act.Date!.Value;
        var sequence = await NextSequenceAsync(connection, transaction, officeCode, date.Year, cancellationToken).ConfigureAwait(false);
        await InjectAsync(IssueStage.Numbered).ConfigureAwait(false);
        var number = RegistrationNumbers.Format(officeCode, date.Year, sequence);
        var numbered = act with { Number = number };
        var report = validator.Validate(numbered);
        if (!report.IsValid)
        {
            return new IssueOutcome.Invalid(report.Errors);
        }

        IReadOnlyList<IssuedDocument> documents;
        IReadOnlyList<TemplateUse> uses;
        try
        {
            var live = await templates.LiveSetAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            uses = live.UsedBy(numbered);
            documents = Render(new ActComposer(new TemplateRenderer(live.Set)), numbered);
        }
        catch (TemplateException exception)
        {
            return new IssueOutcome.Refused(exception.Message);
        }

        var issued = Record(numbered, officeCode, sequence, issuedBy.Name, documents, uses);
        var id = await ActRows.InsertAsync(connection, transaction, issued, async _ => await InjectAsync(IssueStage.ActStored).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        issued = issued with { Id = id };
        var payload = AuditPayloads.Issue(issued);
        _ = issuedBy.Principal is { } principal
            ? await AuditChain.AppendAsync(store, connection, transaction, principal, (AuditEntry.Issue, number, payload, issued.IssuedAt), cancellationToken).ConfigureAwait(false)
            : await AuditChain.AppendAsync(store, connection, transaction, (issuedBy.Name, AuditEntry.Issue, number, payload, issued.IssuedAt), cancellationToken).ConfigureAwait(false);
        await InjectAsync(IssueStage.BeforeCommit).ConfigureAwait(false);
        return new IssueOutcome.Issued(issued, documents);
    }

    /// <summary>Validates an act with a number of the register's form standing in for the one it will get.</summary>
    public ValidationReport Validate(Act act, string officeCode) =>
        validator.Validate(act with { Number = RegistrationNumbers.Format(officeCode, act.Date?.Year ?? 2000, 1) });

    /// <summary>Renders a stored act's documents, composed once, in every stored format (or one asked).</summary>
    public static IReadOnlyList<IssuedDocument> Render(ActComposer composer, Act act, IReadOnlyList<OutputFormat>? formats = null, string variant = TemplateRenderer.FullVariant)
    {
        var document = composer.Compose(act, variant);
        return
        [
            .. (formats ?? StoredFormats.All).Select(format =>
            {
                var content = format == OutputFormat.Markup
                    ? System.Text.Encoding.UTF8.GetBytes(composer.Markup(act, variant))
                    : ActGenerator.RenderDocument(document, format);
                return new IssuedDocument(format, content, format.ContentType(), ActGenerator.FileName(act, format, variant), Canonical.Sha256(content));
            }),
        ];
    }

    private IssuedAct Record(Act act, string officeCode, int sequence, string issuedBy, IReadOnlyList<IssuedDocument> documents, IReadOnlyList<TemplateUse> uses) => new()
    {
        Id = 0,
        RegistrationNumber = act.Number!,
        OfficeCode = officeCode,
        Year = act.Date!.Value.Year,
        Sequence = sequence,
        Kind = act.Kind,
        Language = act.Language,
        Date = act.Date.Value,
        OfficeName = act.Office!.Name!,
        Prosecutor = Prosecutor(act.Signatory!.Name!),
        ProceedingNumber = act.Proceeding?.Number,
        CreditorKind = act.Proceeding?.Creditor?.Kind,
        ClaimAmount = act.Proceeding?.Amount,
        DueDate = DueDates.For(act),
        ActJson = ActJson.Serialize(act),
        IssuedBy = issuedBy,
        IssuedAt = Canonical.Truncate(clock.GetUtcNow()),
        Sha256 = documents.ToDictionary(document => document.Format, document => document.Sha256),
        Templates = uses,
    };

    /// <summary>"Surname Given-name Patronymic": the prosecutor as lists and filters name him.</summary>
    public static string Prosecutor(PersonName name) =>
        string.Join(' ', new[] { name.Surname, name.GivenName, name.Patronymic }.Where(part => !string.IsNullOrWhiteSpace(part)).Select(part => part!.Trim()));

    private static async Task<(string? Code, string? Refusal)> ResolveOfficeAsync(DbConnection connection, DbTransaction transaction, Office office, string? given, CancellationToken cancellationToken)
    {
        var level = EnumNames.Of(office.Level!.Value);
        var known = (string?)await Sql.ScalarAsync(connection, transaction, "SELECT office_code FROM office_names WHERE name = @name", [("name", office.Name)], cancellationToken).ConfigureAwait(false);
        if (given is null)
        {
            return known is null
                ? (null, $"the office \"{office.Name}\" has not issued acts yet: give its registration index once (\"2-11\"), which heads its numbers")
                : (known, null);
        }

        if (known is not null && known != given)
        {
            return (null, $"the office \"{office.Name}\" issues under the index {known}, not {given}");
        }

        var registeredLevel = (string?)await Sql.ScalarAsync(connection, transaction, "SELECT level FROM offices WHERE code = @code", [("code", given)], cancellationToken).ConfigureAwait(false);
        if (registeredLevel is not null && registeredLevel != level)
        {
            return (null, $"the office index {given} belongs to an office of level {registeredLevel}, but the act's office is {level}");
        }

        if (known is not null)
        {
            // The name already stands under this index: its office rows exist, and nothing changes or removes them.
            return (given, null);
        }

        await Sql.ExecuteAsync(connection, transaction, "INSERT INTO offices (code, level) VALUES (@code, @level) ON CONFLICT (code) DO NOTHING", [("code", given), ("level", level)], cancellationToken).ConfigureAwait(false);
        await Sql.ExecuteAsync(connection, transaction, "INSERT INTO office_names (name, office_code) VALUES (@name, @code) ON CONFLICT (name) DO NOTHING", [("name", office.Name), ("code", given)], cancellationToken).ConfigureAwait(false);
        var now = (string?)await Sql.ScalarAsync(connection, transaction, "SELECT office_code FROM office_names WHERE name = @name", [("name", office.Name)], cancellationToken).ConfigureAwait(false);
        return now == given ? (given, null) : (null, $"the office \"{office.Name}\" issues under the index {now}, not {given}");
    }

    private static async Task<int> NextSequenceAsync(DbConnection connection, DbTransaction transaction, string officeCode, int year, CancellationToken cancellationToken) =>
        Convert.ToInt32(
            await Sql.ScalarAsync(
                connection,
                transaction,
                "INSERT INTO number_sequences (office_code, printed_year, last_sequence) VALUES (@office, @printed, 1) " +
                "ON CONFLICT (office_code, printed_year) DO UPDATE SET last_sequence = number_sequences.last_sequence + 1 RETURNING last_sequence",
                [("office", officeCode), ("printed", RegistrationNumbers.PrintedYear(year))],
                cancellationToken).ConfigureAwait(false),
            System.Globalization.CultureInfo.InvariantCulture);

    private async ValueTask InjectAsync(IssueStage stage)
    {
        if (Fault is { } fault)
        {
            await fault(stage).ConfigureAwait(false);
        }
    }
}
