using System.Data.Common;
using Supervision.Acts;
using Supervision.Composition;
using Supervision.Generation;
using Supervision.Templating;
using Supervision.Validation;

namespace Supervision.Register;

/// <summary>
/// Issues acts with the write transaction kept short: composing and typesetting happen outside it.
/// The number prints in the documents, so they are rendered with the number the office's counter will give:
/// the issuer reads the counter without a lock and takes the next number this register hands out for the office
/// and printed year (<see cref="OfficeTurns"/>: one past the counter, or past the last number handed out), reads
/// the live template versions and renders the PDF (<see cref="IssuedFormats.Kept"/>, the one document rendered at
/// issue; its bytes are stored) outside any transaction (<see cref="RenderAsync"/>),
/// beside the office's other issuers; they store in the order their numbers were handed out (on PostgreSQL each
/// one's request for the audit head queued in the database behind the one before it). The short write
/// transaction (<see cref="StoreInAsync"/>) takes the number with the UPSERT ... RETURNING that locks the
/// counter row, checks it is the number rendered and that the live versions are still the ones rendered with,
/// and only stores rows; on PostgreSQL the PDF's rows go first, before the audit head is locked
/// (<see cref="WriteDocumentsAsync"/>), so the head is held only while the act's own rows are written. If another process (the command line, a second server) took the number or published a
/// template meanwhile, or an issuer before it in line gave up its number, the caller rolls back and renders
/// again, at most <see cref="Attempts"/> times; on the last attempt the store renders inside its transaction
/// instead (as all issuing once did), so issuing always ends. Other offices' issuers wait for the lock only
/// while rows are stored. Any failure before the commit rolls everything back, the counter included, so numbers
/// stay 1..N per office and printed year.
/// </summary>
/// <remarks>
/// Where the register has a public address, each act gets its random verification token before it is rendered,
/// and its documents print the mark with the QR code of "{address}/verify/{token}"; the token and the address
/// are stored in the act's row and recorded in its issue entry.
/// </remarks>
internal sealed class ActIssuer(IRegisterStore store, TemplateVersions templates, ActValidator validator, TimeProvider clock, string? publicBaseUrl = null)
{
    /// <summary>How many times an act is rendered outside the transaction before the store renders it inside.</summary>
    public const int Attempts = 4;

    private readonly OfficeTurns _turns = new();

    /// <summary>A failure to inject at a stage of issuing, for crash drills in tests.</summary>
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

        // Validate before rendering, with a number of the register's form standing in.
        var act = request.Act;
        var report = Validate(act, request.OfficeCode ?? "0");
        if (!report.IsValid)
        {
            return new IssueOutcome.Invalid(report.Errors);
        }

        for (var attempt = 1; ; attempt++)
        {
            string officeCode;
            await using (var reading = await store.OpenAsync(cancellationToken).ConfigureAwait(false))
            {
                var (code, refusal) = await IssuingOffice.ResolveAsync(reading, null, act.Office!, request.OfficeCode, register: false, cancellationToken).ConfigureAwait(false);
                if (refusal is not null)
                {
                    return new IssueOutcome.Refused(refusal);
                }

                officeCode = code!;
            }

            var (rendered, failed) = await RenderAsync(act, officeCode, attempt, cancellationToken).ConfigureAwait(false);
            if (failed is not null)
            {
                return failed;
            }

            using (rendered)
            {
                await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
                await using var transaction = await store.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
                var (_, refusal) = await IssuingOffice.ResolveAsync(connection, transaction, act.Office!, officeCode, register: true, cancellationToken).ConfigureAwait(false);
                if (refusal is not null)
                {
                    return new IssueOutcome.Refused(refusal);
                }

                var outcome = await StoreInAsync(connection, transaction, rendered!, (request.IssuedBy, null), cancellationToken).ConfigureAwait(false);
                if (outcome is IssueOutcome.Issued)
                {
                    await RegisterTimings.CommitAsync(transaction, cancellationToken).ConfigureAwait(false);
                }

                if (outcome is not null)
                {
                    return outcome;
                }
            }
        }
    }

    /// <summary>
    /// Reads the office's counter and the live templates, takes the next number this register hands out for the
    /// office (<see cref="OfficeTurns"/>) and renders the valid act with them, outside any transaction, beside
    /// other issuers of the office; answers once the issuer before it in the office's line has stored or given
    /// up (or, where the database queues writers, holds the audit head), holding its place until disposed. A failure (a template failing) gives up the place and is answered instead.
    /// </summary>
    /// <param name="act">An act of the office, without its number, that <see cref="Validate"/> found valid.</param>
    /// <param name="officeCode">The office whose number it takes.</param>
    /// <param name="attempt">Which attempt this is, from 1; at <see cref="Attempts"/> the store renders inside its transaction if it must.</param>
    /// <param name="cancellationToken">Cancels the wait and the reads.</param>
    public async Task<(RenderedIssue? Rendered, IssueOutcome? Failed)> RenderAsync(Act act, string officeCode, int attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(act);
        var printedYear = RegistrationNumbers.PrintedYear(act.Date!.Value.Year);
        int last;
        LiveTemplates live;
        long? id = null;
        await using (var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            last = await LastSequenceAsync(connection, officeCode, printedYear, cancellationToken).ConfigureAwait(false);
            live = await templates.LiveSetAsync(connection, null, cancellationToken).ConfigureAwait(false);
            if (store.WritesDocumentsFirst)
            {
                // The id the documents are written under before the head is locked; one not used is a gap, as a rolled back identity leaves.
                id = Convert.ToInt64(await Sql.ScalarAsync(connection, null, store.NextActId, null, cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var rendered = new RenderedIssue(act, officeCode, _turns.Enter(officeCode, printedYear, last + 1))
        {
            Id = id,
            IsLastAttempt = attempt >= Attempts,
            Mark = publicBaseUrl is null ? null : NewMark(publicBaseUrl),
        };
        try
        {
            if (RenderInto(rendered, rendered.Sequence, live) is { } failed)
            {
                rendered.Dispose();
                return (null, failed);
            }

            await InjectAsync(IssueStage.Rendered).ConfigureAwait(false);

            // Rendered beside the others of the office; stored after the one before it in line. Where the database
            // queues writers, this one goes to it once that one holds the audit head, and waits for the head there.
            var waiting = System.Diagnostics.Stopwatch.GetTimestamp();
            await rendered.PreviousAsync(store.WritersQueue, cancellationToken).ConfigureAwait(false);
            RegisterTimings.Record(RegisterTimings.Turn, waiting);
            return (rendered, null);
        }
        catch
        {
            rendered.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Writes the rendered act's documents (the PDF with its hash) in the write transaction before the audit head is
    /// locked, where the store does so (<see cref="IRegisterStore.WritesDocumentsFirst"/>), under the id taken when it
    /// was rendered: the PDF's rows and their WAL are then written while the writer before still holds the head. Once
    /// per transaction; nothing where the store writes the documents with the act's row.
    /// </summary>
    /// <param name="connection">The connection of the write transaction.</param>
    /// <param name="transaction">The write transaction, before it locks the head.</param>
    /// <param name="rendered">The act rendered (<see cref="RenderAsync"/>).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static async Task WriteDocumentsAsync(DbConnection connection, DbTransaction transaction, RenderedIssue rendered, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        if (rendered.Id is not { } id || rendered.DocumentsWritten)
        {
            return;
        }

        var documents = ActRows.Documents(id, Hashes(rendered.Documents), rendered.Documents);
        await Sql.ExecuteAsync(connection, transaction, documents.Text, documents.Parameters, cancellationToken).ConfigureAwait(false);
        rendered.WroteDocuments();
    }

    /// <summary>
    /// Takes the rendered act's number and stores the act, its PDF with its hash, its template versions and the
    /// issue entry (naming the principal where one acted) inside the caller's write transaction. Null where
    /// another process took the number or published a template since the render (not on the last attempt):
    /// the caller rolls back and renders again. The caller commits on <see cref="IssueOutcome.Issued"/> and
    /// rolls back on anything else, so the number is not used.
    /// </summary>
    /// <remarks>
    /// The transaction holds the audit head first (locking it here where the caller has not), then the office's
    /// number, as every writer does, so no two writers wait for each other. At most two round trips on PostgreSQL:
    /// the number with the live versions and the act's id (none where the caller read them with the head's lock,
    /// <paramref name="numbered"/>), then one command with every row — the act, its documents and templates, its
    /// audit entry, and what <paramref name="alongside"/> adds (a draft's change and its entry) — since the office's
    /// other issuers and every other writer wait for this transaction.
    /// </remarks>
    /// <param name="connection">The connection of the write transaction.</param>
    /// <param name="transaction">The write transaction.</param>
    /// <param name="rendered">The act rendered with the number it expects (<see cref="RenderAsync"/>).</param>
    /// <param name="issuedBy">Who issues: the name the act records and the principal the audit entry names, where one acted.</param>
    /// <param name="cancellationToken">Cancels the writes.</param>
    /// <param name="alongside">Statements to write in the same command once the act's entry is prepared (so that
    /// their own entries follow it in the chain), given the act as it is stored.</param>
    /// <param name="numbered">The act's number, live versions and id where the caller read them in the command that
    /// locked the audit head (<see cref="Number"/>); read here otherwise.</param>
    public async Task<IssueOutcome?> StoreInAsync(
        DbConnection connection,
        DbTransaction transaction,
        RenderedIssue rendered,
        (string Name, Principal? Principal) issuedBy,
        CancellationToken cancellationToken,
        Func<IssueOutcome.Issued, SqlStatement>? alongside = null,
        NumberedAct? numbered = null)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        await WriteDocumentsAsync(connection, transaction, rendered, cancellationToken).ConfigureAwait(false);
        await AuditChain.HeadAsync(store, connection, transaction, cancellationToken).ConfigureAwait(false);
        rendered.Writing();
        var (sequence, live, id) = numbered ?? await Number(rendered).RunAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        var documentsWritten = rendered.DocumentsWritten;
        await InjectAsync(IssueStage.Numbered).ConfigureAwait(false);
        if (sequence != rendered.Sequence || !SameVersions(rendered.Live, live))
        {
            if (!rendered.IsLastAttempt)
            {
                return null;
            }

            // The last attempt: render here, with the number taken and the versions live now, holding the lock.
            if (RenderInto(rendered, sequence, await templates.LiveSetAsync(connection, transaction, cancellationToken).ConfigureAwait(false)) is { } failed)
            {
                return failed;
            }

            // The documents written before the lock print the number expected: they are written again with the act.
            if (documentsWritten)
            {
                await Sql.ExecuteAsync(connection, transaction, "DELETE FROM issued_documents WHERE act_id = @id", [("id", id)], cancellationToken).ConfigureAwait(false);
                documentsWritten = false;
            }
        }

        var issued = Record(rendered, issuedBy.Name) with { Id = id };
        var payload = AuditPayloads.Issue(issued);
        var (_, entry) = issuedBy.Principal is { } principal
            ? AuditChain.Entry(store, transaction, principal, (AuditEntry.Issue, issued.RegistrationNumber, payload, issued.IssuedAt))
            : AuditChain.Entry(store, transaction, (issuedBy.Name, AuditEntry.Issue, issued.RegistrationNumber, payload, issued.IssuedAt));
        var outcome = new IssueOutcome.Issued(issued, rendered.Documents);
        var documents = documentsWritten || issued.Sha256.Count == 0 ? [] : new[] { ActRows.Documents(id, issued.Sha256, rendered.Documents) };
        var command = SqlStatement.Join([ActRows.Insert(store, issued), .. documents, entry, .. alongside is null ? Array.Empty<SqlStatement>() : [alongside(outcome)]]);
        await Sql.ExecuteAsync(connection, transaction, command.Text, command.Parameters, cancellationToken).ConfigureAwait(false);
        await InjectAsync(IssueStage.ActStored).ConfigureAwait(false);
        await InjectAsync(IssueStage.BeforeCommit).ConfigureAwait(false);
        rendered.Stored();
        return outcome;
    }

    /// <summary>
    /// Numbers the act and renders the kept format (the PDF) into <paramref name="rendered"/>; the failure, or null.
    /// The act is not validated again: its caller validated it with a number of the register's form standing in
    /// (<see cref="Validate"/>), and numbers of that form differ only in at most 34 ASCII letters, digits, hyphens
    /// and a slash, which the validator reads only as a mandatory one-line field (present, at most 300 characters,
    /// drawable), so every one of them gives the same report (RegistrationNumbersTests prove it). Checking once,
    /// before the act takes its place in the office's line, also keeps an invalid act out of that line.
    /// </summary>
    private static IssueOutcome.Refused? RenderInto(RenderedIssue rendered, int sequence, LiveTemplates live)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var numbered = rendered.Source with { Number = RegistrationNumbers.Format(rendered.OfficeCode, rendered.Source.Date!.Value.Year, sequence) };
        try
        {
            var uses = live.UsedBy(numbered);
            rendered.Rendered(numbered, sequence, Render(new ActComposer(new TemplateRenderer(live.Set)), numbered, mark: rendered.Mark), live, uses);
            return null;
        }
        catch (TemplateException exception)
        {
            return new IssueOutcome.Refused(exception.Message);
        }
        finally
        {
            // Timed here, where every attempt renders: outside the transaction, or inside it on the last attempt.
            RegisterTimings.Record(RegisterTimings.Render, started);
        }
    }

    /// <summary>A new random token and its address.</summary>
    private static Supervision.Document.VerificationMark NewMark(string publicBaseUrl)
    {
        var token = VerificationTokens.New();
        return new Supervision.Document.VerificationMark(VerificationTokens.Url(publicBaseUrl, token), token);
    }

    private static bool SameVersions(IReadOnlyList<TemplateUse> rendered, Dictionary<string, int> live) =>
        rendered.Count == live.Count && rendered.All(use => live.TryGetValue(use.Path, out var version) && version == use.Version);

    /// <summary>Validates an act with a number of the register's form standing in for the one it will get.</summary>
    public ValidationReport Validate(Act act, string officeCode) =>
        validator.Validate(act with { Number = RegistrationNumbers.Format(officeCode, act.Date?.Year ?? 2000, 1) });

    /// <summary>Renders an act's documents, composed once, in the formats asked (by default the one kept at issue, the PDF).</summary>
    /// <param name="composer">The templates to compose with.</param>
    /// <param name="act">The act, numbered.</param>
    /// <param name="formats">The formats to render; by default <see cref="IssuedFormats.Kept"/>.</param>
    /// <param name="variant">The template variant.</param>
    /// <param name="mark">The verification mark printed at the foot of the last page (QR code, token and, once
    /// signed, the e-document note); none for acts issued before verification tokens existed.</param>
    /// <param name="typeset">Turns the composed document into a format's bytes; by default the generator's
    /// renderers (<see cref="ActGenerator.RenderDocument"/>).</param>
    public static IReadOnlyList<IssuedDocument> Render(
        ActComposer composer,
        Act act,
        IReadOnlyList<OutputFormat>? formats = null,
        string variant = TemplateRenderer.FullVariant,
        Supervision.Document.VerificationMark? mark = null,
        Func<Supervision.Document.ActDocument, OutputFormat, byte[]>? typeset = null)
    {
        typeset ??= ActGenerator.RenderDocument;
        // The template runs once: its markup is both stored and read into the document the renderers print.
        var traced = composer.Templates.RenderTraced(composer.Templates.Templates.For(act), act, variant);
        var markup = traced.Text;
        var document = new Lazy<Supervision.Document.ActDocument>(() =>
        {
            var composed = ActComposer.FromMarkup(act, traced);
            return mark is null ? composed : composed with { Blocks = [.. composed.Blocks, mark] };
        });
        return
        [
            .. (formats ?? [IssuedFormats.Kept]).Select(format =>
            {
                var content = format == OutputFormat.Markup
                    ? System.Text.Encoding.UTF8.GetBytes(markup)
                    : typeset(document.Value, format);
                return new IssuedDocument(format, content, format.ContentType(), ActGenerator.FileName(act, format, variant), Canonical.Sha256(content));
            }),
        ];
    }

    private IssuedAct Record(RenderedIssue rendered, string issuedBy)
    {
        var act = rendered.Act;
        return new()
        {
            Id = 0,
            RegistrationNumber = act.Number!,
            OfficeCode = rendered.OfficeCode,
            Year = act.Date!.Value.Year,
            Sequence = rendered.Sequence,
            Kind = act.Kind,
            Language = act.Language,
            Date = act.Date.Value,
            OfficeName = act.Office!.Name!,
            Prosecutor = Prosecutor(act.Signatory!.Name!),
            ProceedingNumber = act.Proceeding?.Number,
            CreditorKind = act.Proceeding?.Creditor?.Kind,
            ClaimAmount = act.Proceeding?.Amount,
            DueDate = DueDates.For(act),
            ActJson = rendered.ActJson,
            IssuedBy = issuedBy,
            IssuedAt = Canonical.Truncate(clock.GetUtcNow()),
            Sha256 = Hashes(rendered.Documents),
            Templates = rendered.Uses,
            VerifyToken = rendered.Mark?.Token,
            VerifyUrl = rendered.Mark?.Url,
        };
    }

    private static Dictionary<OutputFormat, string> Hashes(IReadOnlyList<IssuedDocument> documents) =>
        documents.ToDictionary(document => document.Format, document => document.Sha256);

    /// <summary>"Surname Given-name Patronymic": the prosecutor as lists and filters name him.</summary>
    public static string Prosecutor(PersonName name) =>
        string.Join(' ', new[] { name.Surname, name.GivenName, name.Patronymic }.Where(part => !string.IsNullOrWhiteSpace(part)).Select(part => part!.Trim()));

    /// <summary>The office's counter for the printed year as stored now (0 before its first act), read without a lock.</summary>
    private static async Task<int> LastSequenceAsync(DbConnection connection, string officeCode, int printedYear, CancellationToken cancellationToken) =>
        Convert.ToInt32(
            await Sql.ScalarAsync(
                connection,
                null,
                "SELECT COALESCE(MAX(last_sequence), 0) FROM number_sequences WHERE office_code = @office AND printed_year = @printed",
                [("office", officeCode), ("printed", printedYear)],
                cancellationToken).ConfigureAwait(false),
            System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Takes the rendered act's office's next number for its printed year (the UPSERT locks the counter row until the
    /// transaction ends), reads the live template versions and takes the act's id (<see cref="IRegisterStore.NextActId"/>;
    /// the one taken at render where the documents are written before the lock, <see cref="RenderedIssue.Id"/>),
    /// as one read: one round trip on PostgreSQL, or none more where it goes in the command that locks the audit head
    /// (after the lock, so the head is still locked before the number).
    /// </summary>
    public SqlRead<NumberedAct> Number(RenderedIssue rendered)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        return new(
            new SqlStatement(
                "INSERT INTO number_sequences (office_code, printed_year, last_sequence) VALUES (@office, @printed, 1) " +
                "ON CONFLICT (office_code, printed_year) DO UPDATE SET last_sequence = number_sequences.last_sequence + 1 RETURNING last_sequence; " +
                TemplateVersions.LiveQuery + (rendered.Id is null ? "; " + store.NextActId : string.Empty),
                [("office", rendered.OfficeCode), ("printed", RegistrationNumbers.PrintedYear(rendered.Source.Date!.Value.Year))]),
            async (reader, cancellationToken) =>
            {
                var sequence = (await Sql.RowsAsync(reader!, row => Convert.ToInt32(row.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false)).Single();
                await reader!.NextResultAsync(cancellationToken).ConfigureAwait(false);
                var live = await TemplateVersions.ReadLiveAsync(reader, cancellationToken).ConfigureAwait(false);
                if (rendered.Id is { } taken)
                {
                    return new NumberedAct(sequence, live, taken);
                }

                await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
                var id = (await Sql.RowsAsync(reader, row => Convert.ToInt64(row.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false)).Single();
                return new NumberedAct(sequence, live, id);
            });
    }

    private async ValueTask InjectAsync(IssueStage stage)
    {
        if (Fault is { } fault)
        {
            await fault(stage).ConfigureAwait(false);
        }
    }
}
