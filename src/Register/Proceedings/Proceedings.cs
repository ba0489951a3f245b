using System.Data.Common;
using System.Globalization;
using Supervision.Acts;

namespace Supervision.Register;

/// <summary>
/// The enforcement proceedings under supervision (<see cref="ActRegister.Proceedings"/>) that p. 17's
/// indicators are computed over: entered and changed by a person holding the role controller in the
/// proceeding's office, or an administrator, every change audited; read by whoever reads the office's
/// acts; and p. 17's indicators per office and period (<see cref="P17Async(Principal, P17Query, CancellationToken)"/>).
/// </summary>
public sealed class Proceedings
{
    private readonly IRegisterStore _store;
    private readonly TimeProvider _clock;

    internal Proceedings(IRegisterStore store, TimeProvider clock)
    {
        _store = store;
        _clock = clock;
    }

    private DateOnly Today => DateOnly.FromDateTime(_clock.GetUtcNow().ToOffset(ExecutionControl.KazakhstanOffset).DateTime);

    /// <summary>A page of the proceedings the principal reads (his office's and those below it), by filters, ordered by id.</summary>
    public async Task<IReadOnlyList<TrackedProceeding>> ListAsync(Principal principal, ProceedingQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        var (where, parameters) = await FilterAsync(connection, principal, query, cancellationToken).ConfigureAwait(false);
        return await ProceedingRows.SelectAsync(connection, null, where, parameters, (Math.Clamp(query.Limit, 1, ProceedingQuery.MaxLimit), Math.Max(query.Offset, 0)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>How many proceedings the principal reads match the filters, every page together.</summary>
    public async Task<int> CountAsync(Principal principal, ProceedingQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        var (where, parameters) = await FilterAsync(connection, principal, query, cancellationToken).ConfigureAwait(false);
        return Convert.ToInt32(await Sql.ScalarAsync(connection, null, $"SELECT COUNT(*) FROM tracked_proceedings WHERE {where}", parameters, cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    /// <summary>Enters a proceeding: by a controller of its office, or an administrator.</summary>
    public Task<ProceedingOutcome> AddAsync(Principal principal, ProceedingEntry entry, CancellationToken cancellationToken = default) =>
        WriteAsync(principal, null, entry, cancellationToken);

    /// <summary>Changes a proceeding as a whole (its office stays): by a controller of its office, or an administrator.</summary>
    public Task<ProceedingOutcome> ChangeAsync(Principal principal, long id, ProceedingEntry entry, CancellationToken cancellationToken = default) =>
        WriteAsync(principal, id, entry, cancellationToken);

    /// <summary>p. 17's indicators over the proceedings of an office and those below it that the principal reads.</summary>
    public async Task<P17Indicators> P17Async(Principal principal, P17Query query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await P17Counts.ComputeAsync(connection, query, await VisibleAsync(connection, principal, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>p. 17's indicators, whoever asks (the command line, the register's indicators).</summary>
    public async Task<P17Indicators> P17Async(P17Query query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await P17Counts.ComputeAsync(connection, query, null, cancellationToken).ConfigureAwait(false);
    }

    internal static async Task<P17Indicators> P17Async(DbConnection connection, P17Query query, IReadOnlyCollection<string>? visible, CancellationToken cancellationToken) =>
        await P17Counts.ComputeAsync(connection, query, visible, cancellationToken).ConfigureAwait(false);

    private async Task<ProceedingOutcome> WriteAsync(Principal principal, long? id, ProceedingEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var (cleaned, problem) = ProceedingChecks.Check(entry, Today);
        if (problem is not null)
        {
            return new ProceedingOutcome.Invalid(problem);
        }

        cleaned = ProceedingChecks.Normalized(cleaned);
        return await AuditedWrite.RunAsync<ProceedingOutcome>(
            _store,
            async (connection, transaction) =>
            {
                var outcome = await WriteInAsync(connection, transaction, principal, id, cleaned, cancellationToken).ConfigureAwait(false);
                return (outcome, outcome is ProceedingOutcome.Done);
            },
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<ProceedingOutcome> WriteInAsync(DbConnection connection, DbTransaction transaction, Principal principal, long? id, ProceedingEntry entry, CancellationToken cancellationToken)
    {
        var (actor, refusal) = await Actor.ResolveAsync(connection, transaction, principal, cancellationToken).ConfigureAwait(false);
        if (actor is null)
        {
            return new ProceedingOutcome.Refused(refusal!);
        }

        if (await OfficeRows.FindAsync(connection, transaction, entry.OfficeCode, cancellationToken).ConfigureAwait(false) is null)
        {
            return new ProceedingOutcome.Invalid(new InputProblem("officeCode", $"no office has the index {entry.OfficeCode}"));
        }

        TrackedProceeding? before = null;
        if (id is { } existing)
        {
            before = (await ProceedingRows.SelectAsync(connection, transaction, "id = @id", [("id", existing)], null, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
            if (before is null || (await Visibility.OfficesAsync(connection, transaction, actor, cancellationToken).ConfigureAwait(false) is { } visible && !visible.Contains(before.Entry.OfficeCode)))
            {
                return new ProceedingOutcome.Refused(Refusal.Missing($"no tracked proceeding has the id {existing}"));
            }

            if (Authority(actor, before.Entry.OfficeCode) is { } forbidden)
            {
                return new ProceedingOutcome.Refused(forbidden);
            }

            if (before.Entry.OfficeCode != entry.OfficeCode)
            {
                return new ProceedingOutcome.Invalid(new InputProblem("officeCode", $"the proceeding is tracked by office {before.Entry.OfficeCode}; it stays there (enter it anew under {entry.OfficeCode})"));
            }
        }
        else if (Authority(actor, entry.OfficeCode) is { } forbidden)
        {
            return new ProceedingOutcome.Refused(forbidden);
        }

        if (await ProblemAsync(connection, transaction, id, entry, cancellationToken).ConfigureAwait(false) is { } problem)
        {
            return new ProceedingOutcome.Invalid(problem);
        }

        var at = Canonical.Truncate(_clock.GetUtcNow());
        var history = before is null ? [] : await RecoveryRows.OfAsync(connection, transaction, before.Id, cancellationToken).ConfigureAwait(false);
        var (stored, figure, historyProblem) = RecoveryHistory.Entered(history, before?.Id ?? 0, entry, Today, actor.Name, at);
        if (historyProblem is not null)
        {
            return new ProceedingOutcome.Invalid(historyProblem);
        }

        TrackedProceeding after;
        if (before is null)
        {
            var newId = await ProceedingRows.InsertAsync(connection, transaction, stored, actor.Name, at, cancellationToken).ConfigureAwait(false);
            after = new TrackedProceeding(newId, stored, actor.Name, at, null, null);
        }
        else
        {
            await ProceedingRows.UpdateAsync(connection, transaction, before.Id, stored, actor.Name, at, cancellationToken).ConfigureAwait(false);
            after = before with { Entry = stored, ChangedBy = actor.Name, ChangedAt = at };
        }

        var action = before is null ? AuditEntry.TrackProceeding : AuditEntry.ChangeProceeding;
        await AuditChain.AppendAsync(_store, connection, transaction, actor.Recorded, (action, ProceedingAudit.Subject(after.Id), ProceedingAudit.Payload(after), at), cancellationToken).ConfigureAwait(false);
        if (figure is not null)
        {
            // The figure in the history, audited after the proceeding whose id it names.
            var recorded = figure with { ProceedingId = after.Id };
            await RecoveryRows.WriteAsync(connection, transaction, recorded, cancellationToken).ConfigureAwait(false);
            await AuditChain.AppendAsync(_store, connection, transaction, actor.Recorded, (AuditEntry.RecordRecovery, recorded.Subject, recorded.Payload, at), cancellationToken).ConfigureAwait(false);
        }

        return new ProceedingOutcome.Done(after);
    }

    /// <summary>Who may enter or change an office's proceedings: a person holding controller there, or an administrator.</summary>
    private static Refusal? Authority(Actor actor, string officeCode) =>
        actor.Person is null
            ? Refusal.Forbid($"{actor.Name} is not a person: proceedings are entered by a controller of their office")
            : actor.Has(PersonRole.Admin) || (actor.Has(PersonRole.Controller) && actor.Person.OfficeCode == officeCode)
                ? null
                : Refusal.Forbid($"{actor.Name} may not enter or change the proceedings of office {officeCode}: that needs the role controller in that office, or admin");

    /// <summary>What the entry must be against the register: its number not tracked twice, its acts the office's.</summary>
    private static async Task<InputProblem?> ProblemAsync(DbConnection connection, DbTransaction transaction, long? id, ProceedingEntry entry, CancellationToken cancellationToken)
    {
        var twin = await Sql.ScalarAsync(
            connection,
            transaction,
            "SELECT id FROM tracked_proceedings WHERE office_code = @office AND proceeding_number = @number AND id <> @id",
            [("office", entry.OfficeCode), ("number", entry.Number), ("id", id ?? 0L)],
            cancellationToken).ConfigureAwait(false);
        if (twin is not null)
        {
            return new InputProblem("number", $"office {entry.OfficeCode} tracks proceeding {entry.Number} already (id {twin}): change that one");
        }

        foreach (var actId in entry.ActIds)
        {
            var acts = await Sql.ListAsync(
                connection,
                transaction,
                "SELECT registration_number, office_code, proceeding_number FROM issued_acts WHERE id = @id",
                [("id", actId)],
                reader => (Number: reader.Text("registration_number"), Office: reader.Text("office_code"), Proceeding: reader.NullableText("proceeding_number")),
                cancellationToken).ConfigureAwait(false);
            if (acts.Count == 0)
            {
                return new InputProblem("actIds", $"no issued act has the id {actId}");
            }

            var act = acts[0];
            if (act.Office != entry.OfficeCode)
            {
                return new InputProblem("actIds", $"act {act.Number} was issued by office {act.Office}, not by {entry.OfficeCode}");
            }

            if (act.Proceeding is { } proceeding && !string.Equals(proceeding.Trim(), entry.Number, StringComparison.Ordinal))
            {
                return new InputProblem("actIds", $"act {act.Number} was brought on proceeding {proceeding}, not on {entry.Number}");
            }
        }

        return null;
    }

    private static async Task<(string Where, IReadOnlyList<(string Name, object? Value)> Parameters)> FilterAsync(DbConnection connection, Principal principal, ProceedingQuery query, CancellationToken cancellationToken)
    {
        var visible = await VisibleAsync(connection, principal, cancellationToken).ConfigureAwait(false);
        var (where, parameters) = OfficeScope.Condition(await OfficeScope.ReadAsync(connection, query.OfficeCode, visible, cancellationToken).ConfigureAwait(false));
        var conditions = new List<string> { where };
        if (query.Category is { } category)
        {
            conditions.Add("category = @category");
            parameters.Add(("category", EnumNames.Of(category)));
        }

        if (query.From is { } from)
        {
            conditions.Add("(closed_on IS NULL OR closed_on >= @from)");
            parameters.Add(("from", from));
        }

        if (query.To is { } to)
        {
            conditions.Add("opened_on <= @to");
            parameters.Add(("to", to));
        }

        return (string.Join(" AND ", conditions), parameters);
    }

    /// <summary>The offices whose proceedings the principal reads (null: every office), as for acts.</summary>
    private static async Task<IReadOnlyCollection<string>?> VisibleAsync(DbConnection connection, Principal principal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var (actor, _) = await Actor.ResolveAsync(connection, null, principal, cancellationToken).ConfigureAwait(false);
        return actor is null ? [] : await Visibility.OfficesAsync(connection, null, actor, cancellationToken).ConfigureAwait(false);
    }
}
