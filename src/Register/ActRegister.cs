using Supervision.Acts;
using Supervision.Generation;
using Supervision.Templating;
using Supervision.Validation;

namespace Supervision.Register;

/// <summary>
/// The register of issued acts: issuing with gap-free numbers per office and year, execution control,
/// template versions, offices and people, and the audit trail, over SQLite or PostgreSQL. Open it once
/// per process (it is safe for concurrent use and keeps parsed template sets), and dispose of it at the end.
/// Every method that can fail for the user's input returns an outcome record; database failures
/// throw <see cref="RegisterException"/> or the provider's <see cref="System.Data.Common.DbException"/>.
/// </summary>
public sealed class ActRegister : IAsyncDisposable
{
    private readonly IRegisterStore _store;
    private readonly TemplateVersions _templates;
    private readonly ActIssuer _issuer;
    private readonly IssuedDocuments _documents;
    private readonly ExecutionControl _control;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _verifications = new(1, 1);
    private readonly TimeSpan _keepAnswersFor;

    private ActRegister(IRegisterStore store, TimeProvider clock, ActValidator validator, string? trustStore, string? publicBaseUrl, TimeSpan keepAnswersFor)
    {
        _store = store;
        _clock = clock;
        _keepAnswersFor = keepAnswersFor;
        _templates = new TemplateVersions(store, clock);
        _issuer = new ActIssuer(store, _templates, validator, clock, publicBaseUrl);
        _documents = new IssuedDocuments(store, _templates);
        _control = new ExecutionControl(store, clock);
        Offices = new Offices(store, clock);
        People = new People(store, clock, ActPolicy.Default);
        Drafts = new Drafts(store, _issuer, ActPolicy.Default, clock);
        SignIns = new SignIns(store, clock);
        Clients = new Clients(store, clock);
        Signatures = new ActSignatures(store, _templates, clock, trustStore);
        Proceedings = new Proceedings(store, clock);
        HeldChecks = new HeldChecks(store, clock);
    }

    /// <summary>Which database the register is in.</summary>
    public RegisterProvider Provider => _store.Provider;

    /// <summary>The database as messages name it (never with a password).</summary>
    public string Description => _store.Description;

    /// <summary>Today in Kazakhstan (UTC+5) by the register's clock: the day control lists look from.</summary>
    public DateOnly Today => _control.Today;

    /// <summary>The offices: registered once with their names, level, index and superior.</summary>
    public Offices Offices { get; }

    /// <summary>The people: who they are, where they work, their roles; every change audited.</summary>
    public People People { get; }

    /// <summary>Acts drafted, submitted, signed, approved and issued by the people the law names.</summary>
    public Drafts Drafts { get; }

    /// <summary>Signing people in: passwords checked, failures counted, logins locked, passwords changed, the first administrator.</summary>
    public SignIns SignIns { get; }

    /// <summary>The machine clients and their keys.</summary>
    public Clients Clients { get; }

    /// <summary>The signatories' PAdES signatures of issued acts: prepared, attached, verified.</summary>
    public ActSignatures Signatures { get; }

    /// <summary>The enforcement proceedings under supervision and p. 17's indicators over them.</summary>
    public Proceedings Proceedings { get; }

    /// <summary>The annual checks offices held of the departments of justice and private bailiffs (p. 11), whose reports fall due after them.</summary>
    public HeldChecks HeldChecks { get; }

    /// <summary>The store, for tests that go behind the application's back.</summary>
    internal IRegisterStore Store => _store;

    /// <summary>The renderers that re-create documents (the generator's): a test sets others to play a later
    /// release whose renderer writes other bytes for the same act.</summary>
    internal Func<Supervision.Document.ActDocument, OutputFormat, byte[]> Typeset
    {
        get => _documents.Typeset;
        set => _documents.Typeset = value;
    }

    /// <summary>The renderers as releases before 3 December 2026 wrote the PDF: a test sets others to play an act
    /// issued by such a release.</summary>
    internal Func<Supervision.Document.ActDocument, OutputFormat, byte[]> TypesetAsBefore
    {
        get => _documents.TypesetAsBefore;
        set => _documents.TypesetAsBefore = value;
    }

    /// <summary>A failure to inject while issuing, for crash drills in tests.</summary>
    internal Func<IssueStage, ValueTask>? IssueFault
    {
        get => _issuer.Fault;
        set => _issuer.Fault = value;
    }

    /// <summary>Opens the register: creates the SQLite file if there is none, runs the schema migrations
    /// not yet applied and stores the shipped templates (version 1, or the next version of a file a
    /// release has changed).
    /// The audit key is loaded (or created, see <see cref="RegisterOptions.AuditKeyFile"/>) before anything is written.</summary>
    /// <exception cref="RegisterException">The connection string is not understood, the database has a newer schema, or
    /// the audit key is missing or not the chain's.</exception>
    public static async Task<ActRegister> OpenAsync(RegisterOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.KeepAnswersFor < ForgottenAnswers.Shortest)
        {
            throw new RegisterException($"remembered answers are kept at least {ForgottenAnswers.Shortest.TotalHours:0} hours, not {options.KeepAnswersFor}: a client may retry for that long");
        }

        var store = RegisterStores.Open(options.Connection, options.Provider);
        try
        {
            await Migrations.RunAsync(store, options.Clock, cancellationToken).ConfigureAwait(false);
            await AuditSeal.LoadAsync(store, options, cancellationToken).ConfigureAwait(false);
            var register = new ActRegister(store, options.Clock, options.Validator ?? ActValidator.Default, options.TrustStore, options.PublicBaseUrl, options.KeepAnswersFor);
            await register._templates.SeedAsync(options.ShippedTemplates ?? TemplateSources.Embedded(), cancellationToken).ConfigureAwait(false);
            return register;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Forgets the answers to idempotent requests older than <see cref="RegisterOptions.KeepAnswersFor"/>, with
    /// one audit entry; returns how many. Safe to call from every replica at any time: a call that finds none
    /// writes nothing.
    /// </summary>
    public Task<int> ForgetOldAnswersAsync(CancellationToken cancellationToken = default) =>
        ForgottenAnswers.ForgetAsync(_store, _keepAnswersFor, _clock.GetUtcNow(), cancellationToken);

    /// <summary>Opens a connection and asks the database a trivial question: for the health check, which
    /// must tell a register that is open but whose database has since gone (a server stopped, a file
    /// made unreadable) from one that answers.</summary>
    /// <exception cref="System.Data.Common.DbException">The database does not answer; <see cref="StoreFailure.Of"/> says why.</exception>
    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await Sql.ScalarAsync(connection, null, "SELECT 1", null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Issues an act without a draft, signed by the principal: a person holding signatory, whose profile
    /// and office fill the act's signature and office (the act must print that office's registered name).
    /// An act that needs approval is refused (conflict): it goes through <see cref="Drafts"/>.
    /// </summary>
    public Task<IssueOutcome> IssueAsync(Principal principal, Act act, CancellationToken cancellationToken = default) =>
        RegisterMetrics.MeasureAsync("issue", () => SignedIssue.IssueAsync(_store, _issuer, principal, act, cancellationToken));

    /// <summary>Validates, numbers, renders and stores an act as it is, named by text, all or nothing: the
    /// HTTP door's <c>POST /api/acts/issue</c> until it authenticates, and the tests'.</summary>
    internal Task<IssueOutcome> IssueAsync(IssueRequest request, CancellationToken cancellationToken = default) =>
        _issuer.IssueAsync(request, cancellationToken);

    /// <summary>One issued act by id, if the principal may read it (his office or one below it), else null.</summary>
    public async Task<IssuedAct?> GetAsync(Principal principal, long id, CancellationToken cancellationToken = default)
    {
        var visible = await VisibleAsync(principal, cancellationToken).ConfigureAwait(false);
        var act = await GetAsync(id, cancellationToken).ConfigureAwait(false);
        return act is null || (visible is not null && !visible.Contains(act.OfficeCode)) ? null : act;
    }

    /// <summary>A page of the issued acts the principal may read, by filters, ordered by id, as summaries (at most <see cref="RegisterQuery.MaxLimit"/>).</summary>
    public async Task<IReadOnlyList<ActSummary>> ListAsync(Principal principal, RegisterQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await _control.ListAsync(query with { VisibleOffices = await VisibleAsync(principal, cancellationToken).ConfigureAwait(false) }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>How many issued acts the principal may read match the filters (every page; limit and offset do not count).</summary>
    public async Task<int> CountAsync(Principal principal, RegisterQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await _control.CountAsync(query with { VisibleOffices = await VisibleAsync(principal, cancellationToken).ConfigureAwait(false) }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Open acts due soon and overdue among those the principal may read.</summary>
    public async Task<ControlReport> ControlAsync(Principal principal, ControlQuery query, CancellationToken cancellationToken = default) =>
        await _control.ControlAsync(query, await VisibleAsync(principal, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    /// <summary>The indicators over the acts the principal may read.</summary>
    public async Task<Indicators> IndicatorsAsync(Principal principal, IndicatorQuery query, CancellationToken cancellationToken = default) =>
        await _control.IndicatorsAsync(query, await VisibleAsync(principal, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// The tables of a periodic report (p. 11, 12) for an office and the offices below it and a period, whoever asks
    /// (the command line, the tests): acts of supervision by kind, brought, considered, executed and overdue on
    /// <paramref name="asOf"/> (today where not given), and the tracked proceedings in execution per office.
    /// </summary>
    public async Task<ReportTables> ReportTablesAsync(string officeCode, ReportPeriod period, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(officeCode);
        ArgumentNullException.ThrowIfNull(period);
        if (period.Problem is { } problem)
        {
            throw new ArgumentException(problem, nameof(period));
        }

        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReportTableCounts.ComputeAsync(connection, officeCode, period, asOf ?? Today, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The periodic reports the principal's office owes and has not issued, as of a day (today where not
    /// given), soonest due first; none for a principal without an office or an office whose level signs none.</summary>
    public async Task<IReadOnlyList<OwedReport>> ReportsOwedAsync(Principal principal, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(principal);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        var (actor, _) = await Actor.ResolveAsync(connection, null, principal, cancellationToken).ConfigureAwait(false);
        return actor?.Office is { IsRegistered: true } office
            ? await ReportsOwed.ListAsync(connection, office, asOf ?? Today, ActPolicy.Default, cancellationToken).ConfigureAwait(false)
            : [];
    }

    /// <summary>
    /// Marks an act executed, answered or withdrawn: by the prosecutor who signed it, its drafter or the
    /// head of its office (or the person acting for him); never a client. An act the principal may not
    /// read is not found.
    /// </summary>
    public async Task<StatusOutcome> ChangeStatusAsync(Principal principal, long id, StatusUpdate update, CancellationToken cancellationToken = default) =>
        (await ChangeStatusAsync(principal, id, update, null, cancellationToken).ConfigureAwait(false)).FreshOutcome;

    /// <summary>
    /// Changes an act's status as <see cref="ChangeStatusAsync(Principal, long, StatusUpdate, CancellationToken)"/> does,
    /// idempotently where <paramref name="remember"/> is given: a key the principal already used with this request
    /// gives back its first answer and changes nothing; with another request it is refused (<see cref="Remembered{T}.KeyReused"/>).
    /// </summary>
    public Task<Remembered<StatusOutcome>> ChangeStatusAsync(Principal principal, long id, StatusUpdate update, IdempotentRequest<StatusOutcome>? remember, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(update);
        var change = new StatusChange(update.Status, update.AnswerDate, update.AnswerNumber, principal.Name, update.RecoveredAmount);
        return _control.ChangeStatusAsync(id, change, (principal, (connection, transaction, act) => StatusAuthority.RefusalAsync(connection, transaction, principal, act, cancellationToken)), remember, cancellationToken);
    }

    /// <summary>Proposes an edited template file as its next version, pending until another editor approves
    /// it; the whole set with the edit must pass the linter. By a person holding editor.</summary>
    public async Task<PublishOutcome> ProposeTemplateAsync(Principal principal, string path, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        var (editor, refusal) = await EditorAsync(principal, cancellationToken).ConfigureAwait(false);
        return editor is null ? new PublishOutcome.Refused(refusal!) : await _templates.PublishAsync(path, text, editor.Name, editor.Recorded, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Approves a proposed template version, which then is live: by a person holding editor other than its proposer.</summary>
    public async Task<PublishOutcome> ApproveTemplateAsync(Principal principal, string path, int version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var (editor, refusal) = await EditorAsync(principal, cancellationToken).ConfigureAwait(false);
        return editor is null ? new PublishOutcome.Refused(refusal!) : await _templates.ApproveAsync(editor, path, version, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One issued act by id, or null, whoever asks: for the service and tools that hold the database (the command line).</summary>
    public async Task<IssuedAct?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ActRows.SingleAsync(connection, null, "id = @id", [("id", id)], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The act a verification token names, with its signature, whoever asks (the public verification page), or
    /// null where the token is malformed or no act has it. The token is read as a person types it
    /// (<see cref="VerificationTokens.Normalize"/>).
    /// </summary>
    public async Task<VerifiedAct?> VerifyAsync(string token, CancellationToken cancellationToken = default)
    {
        if (VerificationTokens.Normalize(token) is not { } normalized)
        {
            return null;
        }

        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        var act = await ActRows.SingleAsync(connection, null, "verify_token = @token", [("token", normalized)], cancellationToken).ConfigureAwait(false);
        return act is null ? null : new VerifiedAct(act, await ActSignatureRows.FindAsync(connection, null, act.Id, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>One issued act by its registration number ("2-11-25/17"), or null.</summary>
    public async Task<IssuedAct?> FindAsync(string registrationNumber, CancellationToken cancellationToken = default)
    {
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ActRows.SingleAsync(connection, null, "registration_number = @number", [("number", registrationNumber)], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The issued act one of whose documents, as issued, has this SHA-256 (lowercase hex), or null: for <c>verify FILE</c>.</summary>
    public async Task<IssuedAct?> FindByDocumentSha256Async(string sha256, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ActRows.SingleAsync(connection, null, "id = (SELECT MIN(act_id) FROM issued_documents WHERE sha256 = @sha256)", [("sha256", sha256.ToLowerInvariant())], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A page of issued acts by filters, ordered by id, as summaries, whoever asks: for the service and tools that hold the database (the command line).</summary>
    public Task<IReadOnlyList<ActSummary>> ListAsync(RegisterQuery query, CancellationToken cancellationToken = default) =>
        _control.ListAsync(query, cancellationToken);

    /// <summary>How many issued acts match the filters, whoever asks.</summary>
    public Task<int> CountAsync(RegisterQuery query, CancellationToken cancellationToken = default) =>
        _control.CountAsync(query, cancellationToken);

    /// <summary>
    /// A stored act's document (<c>GET /api/acts/issued/{id}/document?format=</c>); null where no act has the id.
    /// See <see cref="RenderAsync(IssuedAct, OutputFormat, string, CancellationToken)"/>.
    /// </summary>
    /// <exception cref="TemplateException">The stored templates no longer load (only after tampering; audit verify tells).</exception>
    public async Task<RenderedAct?> RenderAsync(long id, OutputFormat format, string variant = TemplateRenderer.FullVariant, CancellationToken cancellationToken = default)
    {
        var issued = await GetAsync(id, cancellationToken).ConfigureAwait(false);
        return issued is null ? null : await RenderAsync(issued, format, variant, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The document of an act already read from the register (<see cref="GetAsync(Principal, long, CancellationToken)"/>,
    /// <see cref="FindAsync"/>), without reading its row again. The PDF is the bytes kept at issue, checked against
    /// the SHA-256 stored with them (a signed act's PDF is its signed file, checked against its own); an act issued
    /// before PDFs were kept has its PDF re-created, compared, and kept from then on where it matches. The DOCX and
    /// HTML (and markup, text, a court copy) are re-created from the act's JSON with the template versions it was
    /// issued with; the act is not validated again: it was valid when issued, whatever the rules say now.
    /// </summary>
    /// <exception cref="TemplateException">The stored templates no longer load (only after tampering; audit verify tells).</exception>
    public Task<RenderedAct> RenderAsync(IssuedAct issued, OutputFormat format, string variant = TemplateRenderer.FullVariant, CancellationToken cancellationToken = default) =>
        _documents.GetAsync(issued, format, variant, cancellationToken);

    /// <summary>
    /// Keeps the PDF of every act issued before PDFs were kept (<c>register keep-documents</c>): each re-created with
    /// its template versions and stored where it has the SHA-256 stored at issue. The acts whose PDF differs, or
    /// cannot be re-created, are left as they are and handed to <paramref name="notKept"/> with the reason, as
    /// they are found.
    /// </summary>
    public Task<KeepReport> KeepDocumentsAsync(Action<IssuedAct, string> notKept, CancellationToken cancellationToken = default) =>
        _documents.KeepAllAsync(notKept, cancellationToken);

    /// <summary>Marks an act executed, answered or withdrawn, named by text: the HTTP door's until it authenticates, and the tests'.</summary>
    internal Task<StatusOutcome> ChangeStatusAsync(long id, StatusChange change, CancellationToken cancellationToken = default) =>
        _control.ChangeStatusAsync(id, change, null, cancellationToken);

    /// <summary>Open acts due soon and overdue, per office and per prosecutor, whoever asks (the command line).</summary>
    public Task<ControlReport> ControlAsync(ControlQuery query, CancellationToken cancellationToken = default) =>
        _control.ControlAsync(query, null, cancellationToken);

    /// <summary>The indicators of an office (or all) for a period, whoever asks (the command line).</summary>
    public Task<Indicators> IndicatorsAsync(IndicatorQuery query, CancellationToken cancellationToken = default) =>
        _control.IndicatorsAsync(query, null, cancellationToken);

    /// <summary>Every template version (or those of one file), newest first per file, the live ones marked.</summary>
    public async Task<IReadOnlyList<TemplateVersion>> TemplatesAsync(string? path = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await TemplateVersions.HistoryAsync(connection, null, path, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The live template set (the newest version of every file): what plain renders, previews and the
    /// template editor start from. Read again from the database at most once a second, and at once after
    /// a publication through this register.
    /// </summary>
    public Task<LiveTemplates> LiveTemplatesAsync(CancellationToken cancellationToken = default) =>
        _templates.LiveSetAsync(cancellationToken);

    /// <summary>The text of a template file at a version (the live one where no version is given), or null.</summary>
    public async Task<string?> TemplateTextAsync(string path, int? version = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (version is null)
        {
            var live = await TemplateVersions.LiveAsync(connection, null, cancellationToken).ConfigureAwait(false);
            if (!live.TryGetValue(path, out var current))
            {
                return null;
            }

            version = current;
        }

        return await _templates.TextAsync(connection, null, new TemplateUse(path, version.Value), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Publishes an edited template file as its next, live version at once, named by text: the HTTP
    /// door's until it authenticates, and the tests'. Principals go through four eyes (<see cref="ProposeTemplateAsync"/>).</summary>
    internal Task<PublishOutcome> PublishTemplateAsync(string path, string text, string publishedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        return _templates.PublishAsync(path, text, publishedBy, null, cancellationToken);
    }

    /// <summary>Walks the audit chain and re-checks the stored rows against it; where it holds, the report carries its head signed (a checkpoint).</summary>
    /// <param name="expectedHead">A head hash recorded earlier (by a previous verify); the chain must still contain it.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public Task<AuditReport> VerifyAuditAsync(string? expectedHead = null, CancellationToken cancellationToken = default) =>
        OneVerificationAtATimeAsync(() => AuditVerifier.VerifyAsync(_store, expectedHead, null, _clock, cancellationToken), cancellationToken);

    /// <summary>Walks the audit chain against a checkpoint kept from earlier (check its signature first with
    /// <see cref="CheckpointProblem"/>): the chain must be at least as long, and its entry at the checkpoint's
    /// count must have the hash the checkpoint signed.</summary>
    public Task<AuditReport> VerifyAuditAsync(AuditCheckpoint checkpoint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        return OneVerificationAtATimeAsync(() => AuditVerifier.VerifyAsync(_store, null, checkpoint, _clock, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Runs verifications of this register one after another. A verification reads the whole register; several
    /// at once finish no sooner in total (they share the same cores and database) but each holds its pages and
    /// digests in memory meanwhile, so sixteen callers would hold sixteen times as much. Queued callers wait
    /// (their cancellation still ends the wait) and then verify the register as it is when their turn comes.
    /// </summary>
    private async Task<AuditReport> OneVerificationAtATimeAsync(Func<Task<AuditReport>> verify, CancellationToken cancellationToken)
    {
        await _verifications.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await verify().ConfigureAwait(false);
        }
        finally
        {
            _verifications.Release();
        }
    }

    /// <summary>Why a checkpoint cannot be used with this register (its MAC is not one this register's audit key made), or null.</summary>
    public string? CheckpointProblem(AuditCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        return checkpoint.IsSignedBy(AuditChain.KeyOf(_store))
            ? null
            : "the checkpoint's MAC was not made with this register's audit key: it was altered, or it belongs to another register";
    }

    /// <summary>The schema versions applied to the database.</summary>
    public async Task<IReadOnlyList<int>> SchemaVersionsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await Migrations.AppliedAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _verifications.Dispose();
        return _store.DisposeAsync();
    }

    /// <summary>The offices whose acts the principal reads (null: every office); none where he is not in the register.</summary>
    private async Task<IReadOnlyCollection<string>?> VisibleAsync(Principal principal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        var (actor, _) = await Actor.ResolveAsync(connection, null, principal, cancellationToken).ConfigureAwait(false);
        return actor is null ? [] : await Visibility.OfficesAsync(connection, null, actor, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The principal as an editor of templates, or why not.</summary>
    private async Task<(Actor? Editor, Refusal? Refusal)> EditorAsync(Principal principal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        var (actor, refusal) = await Actor.ResolveAsync(connection, null, principal, cancellationToken).ConfigureAwait(false);
        return actor is null ? (null, refusal)
            : actor.Has(PersonRole.Editor) ? (actor, null)
            : (null, Refusal.Forbid($"{principal.Name} may not propose or approve templates: that needs a person holding the role editor"));
    }
}
