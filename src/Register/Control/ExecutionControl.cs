using System.Data.Common;
using Supervision.Acts;

namespace Supervision.Register;

/// <summary>
/// Execution control over issued acts (p. 9: the prosecutor who brought an act controls it): status
/// changes with the answer's date and number, lists with filters, the due-soon and overdue lists and
/// the indicators of an office and period.
/// </summary>
internal sealed class ExecutionControl(IRegisterStore store, TimeProvider clock)
{
    /// <summary>Kazakhstan's time, UTC+5 across the country since 1 March 2024: what "today" means here.</summary>
    public static readonly TimeSpan KazakhstanOffset = TimeSpan.FromHours(5);

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(KazakhstanOffset).DateTime);

    /// <summary>Changes an act's status; where a principal acts (<paramref name="by"/>), its check says within the
    /// transaction whether he may change this act (null: he may), and the audit entry names him.</summary>
    public async Task<StatusOutcome> ChangeStatusAsync(long id, StatusChange change, (Principal Principal, Func<DbConnection, DbTransaction, IssuedAct, Task<Refusal?>> Authorize)? by, CancellationToken cancellationToken) =>
        (await ChangeStatusAsync(id, change, by, null, cancellationToken).ConfigureAwait(false)).FreshOutcome;

    /// <summary>Changes an act's status as above, idempotently where <paramref name="remember"/> is given (it needs a principal):
    /// the key's earlier answer is looked for once the audit head is locked, and the answer stored when the change commits.</summary>
    public async Task<Remembered<StatusOutcome>> ChangeStatusAsync(
        long id,
        StatusChange change,
        (Principal Principal, Func<DbConnection, DbTransaction, IssuedAct, Task<Refusal?>> Authorize)? by,
        IdempotentRequest<StatusOutcome>? remember,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (remember is not null && by is null)
        {
            throw new ArgumentException("an idempotent status change needs the principal who makes it", nameof(remember));
        }

        if (Problem(change) is { } problem)
        {
            return new Remembered<StatusOutcome>.Fresh(new StatusOutcome.Refused(problem), null);
        }

        await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await store.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        if (remember is not null)
        {
            // The head orders this writer after any other holding the same key, whose record it then sees.
            await AuditChain.LockHeadAsync(store, connection, transaction, cancellationToken).ConfigureAwait(false);
            if (await IdempotencyRecords.PriorAsync(connection, transaction, by!.Value.Principal, remember, cancellationToken).ConfigureAwait(false) is { } prior)
            {
                return prior;
            }
        }

        var outcome = await ChangeInAsync(connection, transaction, id, change, by, cancellationToken).ConfigureAwait(false);
        var committing = outcome is StatusOutcome.Changed;
        var remembered = by is { Principal: var principal }
            ? await IdempotencyRecords.RememberAsync(store, connection, transaction, principal, remember, (outcome, committing, clock.GetUtcNow()), cancellationToken).ConfigureAwait(false)
            : new Remembered<StatusOutcome>.Fresh(outcome, null);
        if (committing)
        {
            await RegisterTimings.CommitAsync(transaction, cancellationToken).ConfigureAwait(false);
        }

        return remembered;
    }

    /// <summary>The change inside the caller's write transaction: the act locked, the principal's check, the update
    /// and its audit entry; the caller commits where it comes back <see cref="StatusOutcome.Changed"/>.</summary>
    private async Task<StatusOutcome> ChangeInAsync(
        DbConnection connection,
        DbTransaction transaction,
        long id,
        StatusChange change,
        (Principal Principal, Func<DbConnection, DbTransaction, IssuedAct, Task<Refusal?>> Authorize)? by,
        CancellationToken cancellationToken)
    {
        if (await ActRows.SingleAsync(connection, transaction, "id = @id", [("id", id)], cancellationToken, store.LockRows).ConfigureAwait(false) is not { } act)
        {
            return new StatusOutcome.NotFound();
        }

        if (by is { } who && await who.Authorize(connection, transaction, act).ConfigureAwait(false) is { } refusal)
        {
            return refusal.Code == Refusal.NotFound ? new StatusOutcome.NotFound() : new StatusOutcome.Refused(refusal.Message, refusal.Code);
        }

        if (act.Status is ActStatus.Executed or ActStatus.Withdrawn || (act.Status == ActStatus.Answered && change.Status == ActStatus.Answered))
        {
            return new StatusOutcome.Refused($"act {act.RegistrationNumber} is {EnumNames.Of(act.Status)} already; it cannot become {EnumNames.Of(change.Status)}", Refusal.Conflict);
        }

        if (change.AnswerDate < act.Date)
        {
            return new StatusOutcome.Refused($"the answer date {Canonical.Date(change.AnswerDate)} is before the act's date {Canonical.Date(act.Date)}");
        }

        var changed = act with
        {
            Status = change.Status,
            AnswerDate = change.AnswerDate,
            AnswerNumber = string.IsNullOrWhiteSpace(change.AnswerNumber) ? null : change.AnswerNumber.Trim(),
            RecoveredAmount = change.RecoveredAmount ?? act.RecoveredAmount,
            StatusChangedBy = change.ChangedBy,
            StatusChangedAt = Canonical.Truncate(clock.GetUtcNow()),
        };
        await Sql.ExecuteAsync(
            connection,
            transaction,
            "UPDATE issued_acts SET status = @status, answer_date = @date, answer_number = @number, recovered_amount = @recovered, " +
            "status_changed_by = @by, status_changed_at = @at WHERE id = @id",
            [
                ("status", EnumNames.Of(changed.Status)), ("date", changed.AnswerDate), ("number", changed.AnswerNumber),
                ("recovered", changed.RecoveredAmount), ("by", changed.StatusChangedBy), ("at", changed.StatusChangedAt), ("id", id),
            ],
            cancellationToken).ConfigureAwait(false);
        var payload = AuditPayloads.Status(changed);
        _ = by is { Principal: var principal }
            ? await AuditChain.AppendAsync(store, connection, transaction, principal, (AuditEntry.Status, changed.RegistrationNumber, payload, changed.StatusChangedAt!.Value), cancellationToken).ConfigureAwait(false)
            : await AuditChain.AppendAsync(store, connection, transaction, (change.ChangedBy, AuditEntry.Status, changed.RegistrationNumber, payload, changed.StatusChangedAt!.Value), cancellationToken).ConfigureAwait(false);
        return new StatusOutcome.Changed(changed);
    }

    /// <summary>A page of the acts the query selects, as summaries (never the act's JSON), ordered by id.</summary>
    public async Task<IReadOnlyList<ActSummary>> ListAsync(RegisterQuery query, CancellationToken cancellationToken)
    {
        var filter = ActFilter.Of(query);
        var limit = Math.Clamp(query.Limit, 1, RegisterQuery.MaxLimit);
        var offset = Math.Max(query.Offset, 0);
        await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ActRows.SummariesAsync(connection, filter.Where, filter.Parameters, "id", (limit, offset), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>How many acts the query selects, every page together.</summary>
    public async Task<int> CountAsync(RegisterQuery query, CancellationToken cancellationToken)
    {
        var filter = ActFilter.Of(query);
        await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        return Convert.ToInt32(
            await Sql.ScalarAsync(connection, null, $"SELECT COUNT(*) FROM issued_acts WHERE {filter.Where}", filter.Parameters, cancellationToken).ConfigureAwait(false),
            System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<ControlReport> ControlAsync(ControlQuery query, IReadOnlyCollection<string>? visible, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ControlLists.ReportAsync(connection, query, visible, query.AsOf ?? Today, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Indicators> IndicatorsAsync(IndicatorQuery query, IReadOnlyCollection<string>? visible, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await IndicatorCounts.ComputeAsync(connection, query, visible, query.AsOf ?? Today, cancellationToken).ConfigureAwait(false);
    }

    private string? Problem(StatusChange change)
    {
        if (change.Status == ActStatus.Issued)
        {
            return "an act becomes executed, answered or withdrawn; it cannot be made issued again";
        }

        if (string.IsNullOrWhiteSpace(change.ChangedBy))
        {
            return "who records the change must be named";
        }

        if (change.Status is ActStatus.Executed or ActStatus.Answered && string.IsNullOrWhiteSpace(change.AnswerNumber))
        {
            return $"an act {EnumNames.Of(change.Status)} needs the answer's number";
        }

        if (change.AnswerNumber is { Length: > 100 })
        {
            return "the answer number is longer than 100 characters";
        }

        if (change.AnswerDate > Today)
        {
            return $"the answer date {Canonical.Date(change.AnswerDate)} is in the future";
        }

        if (change.RecoveredAmount is { } sum && (sum < 0 || sum != Math.Round(sum, 2) || sum >= 1_000_000_000_000_000m))
        {
            return "the recovered sum must be a non-negative sum in tenge with at most two decimals";
        }

        return null;
    }
}
