using System.Globalization;
using Supervision.Acts;
using Supervision.Validation;

namespace Supervision.Register;

/// <summary>
/// The annual checks offices held of the territorial departments of justice and the private bailiffs (p. 11;
/// <see cref="ActRegister.HeldChecks"/>): recorded by a person holding the role controller in the office that held the
/// check, or an administrator, each record audited and never changed; read by whoever reads the office's acts. A check
/// recorded makes its check report owed (<see cref="CheckReportsOwed"/>) and can be made into the report's draft
/// (<see cref="Drafts.CreateCheckReportAsync"/>).
/// </summary>
public sealed class HeldChecks
{
    private readonly IRegisterStore _store;
    private readonly TimeProvider _clock;

    internal HeldChecks(IRegisterStore store, TimeProvider clock)
    {
        _store = store;
        _clock = clock;
    }

    private DateOnly Today => DateOnly.FromDateTime(_clock.GetUtcNow().ToOffset(ExecutionControl.KazakhstanOffset).DateTime);

    /// <summary>A page of the checks the principal reads (his office's and those below it), the latest check first.</summary>
    public async Task<IReadOnlyList<HeldCheck>> ListAsync(Principal principal, HeldCheckQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        var (where, parameters) = await FilterAsync(connection, principal, query, cancellationToken).ConfigureAwait(false);
        return await HeldCheckRows.SelectAsync(connection, null, where, parameters, (Math.Clamp(query.Limit, 1, HeldCheckQuery.MaxLimit), Math.Max(query.Offset, 0)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>How many checks the principal reads match the query, every page together.</summary>
    public async Task<int> CountAsync(Principal principal, HeldCheckQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        var (where, parameters) = await FilterAsync(connection, principal, query, cancellationToken).ConfigureAwait(false);
        return Convert.ToInt32(await Sql.ScalarAsync(connection, null, $"SELECT COUNT(*) FROM held_checks WHERE {where}", parameters, cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    /// <summary>One check the principal reads, or null.</summary>
    public async Task<HeldCheck?> FindAsync(Principal principal, long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        var (where, parameters) = await FilterAsync(connection, principal, new HeldCheckQuery(), cancellationToken).ConfigureAwait(false);
        return (await HeldCheckRows.SelectAsync(connection, null, $"id = @id AND {where}", [.. parameters, ("id", id)], null, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    /// <summary>
    /// Records a check the office held: by a controller of that office, or an administrator. Refused as a value (its
    /// field named) for a day before 2000 or in the future, an end before the start, no object checked, an unknown office,
    /// or an office whose level sends no check report by the policy.
    /// </summary>
    public async Task<HeldCheckOutcome> RecordAsync(Principal principal, HeldCheckEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var (cleaned, problem) = HeldCheckRules.Check(entry, Today);
        if (problem is not null)
        {
            return new HeldCheckOutcome.Invalid(problem);
        }

        return await AuditedWrite.RunAsync<HeldCheckOutcome>(
            _store,
            async (connection, transaction) =>
            {
                var (actor, refusal) = await Actor.ResolveAsync(connection, transaction, principal, cancellationToken).ConfigureAwait(false);
                if (actor is null)
                {
                    return (new HeldCheckOutcome.Refused(refusal!), false);
                }

                if (await OfficeRows.FindAsync(connection, transaction, cleaned.OfficeCode, cancellationToken).ConfigureAwait(false) is not { } office)
                {
                    return (new HeldCheckOutcome.Invalid(new InputProblem("officeCode", $"no office has the index {cleaned.OfficeCode}")), false);
                }

                if (Authority(actor, office.Code) is { } forbidden)
                {
                    return (new HeldCheckOutcome.Refused(forbidden), false);
                }

                if (ActPolicy.Default.Signatories(ActKind.CheckReport, office.Level).Count == 0)
                {
                    return (new HeldCheckOutcome.Invalid(new InputProblem("officeCode", $"a {EnumNames.Of(office.Level)} office sends no check report (p. 11): the check is recorded by the regional office that held it")), false);
                }

                var at = Canonical.Truncate(_clock.GetUtcNow());
                var id = await HeldCheckRows.InsertAsync(connection, transaction, cleaned, actor.Name, at, cancellationToken).ConfigureAwait(false);
                var check = new HeldCheck(id, cleaned, actor.Name, at);
                await AuditChain.AppendAsync(_store, connection, transaction, actor.Recorded, (AuditEntry.RecordCheck, HeldCheckAudit.Subject(id), HeldCheckAudit.Payload(check), at), cancellationToken).ConfigureAwait(false);
                return (new HeldCheckOutcome.Done(check), true);
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Who may record an office's checks: a person holding controller there, or an administrator.</summary>
    private static Refusal? Authority(Actor actor, string officeCode) =>
        actor.Person is null
            ? Refusal.Forbid($"{actor.Name} is not a person: a check is recorded by a controller of the office that held it")
            : actor.Has(PersonRole.Admin) || (actor.Has(PersonRole.Controller) && actor.Person.OfficeCode == officeCode)
                ? null
                : Refusal.Forbid($"{actor.Name} may not record the checks of office {officeCode}: that needs the role controller in that office, or admin");

    private static async Task<(string Where, List<(string Name, object? Value)> Parameters)> FilterAsync(System.Data.Common.DbConnection connection, Principal principal, HeldCheckQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var (actor, _) = await Actor.ResolveAsync(connection, null, principal, cancellationToken).ConfigureAwait(false);
        var visible = actor is null ? [] : await Visibility.OfficesAsync(connection, null, actor, cancellationToken).ConfigureAwait(false);
        return OfficeScope.Condition(await OfficeScope.ReadAsync(connection, query.OfficeCode, visible, cancellationToken).ConfigureAwait(false));
    }
}
