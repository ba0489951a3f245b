using Supervision.Acts;

namespace Supervision.Register;

/// <summary>
/// Drafts of the periodic reports (p. 11, 12) with their tables filled from the register: an ordinary draft the
/// prosecutor completes and corrects before it is signed.
/// </summary>
public sealed partial class Drafts
{
    /// <summary>
    /// Makes the draft of a quarterly analysis or an annual summary of the drafter's own office, its tables filled
    /// with the figures of that office and the offices below it for the period (<see cref="ActRegister.ReportTablesAsync"/>),
    /// dated today. By a person holding drafter (or a client with acts:draft), of an office whose level the policy lets
    /// sign the kind; refused as invalid input for another kind, a period that does not suit it or has not ended.
    /// </summary>
    public async Task<DraftOutcome> CreatePrefilledAsync(Principal principal, ActKind kind, ReportPeriod period, ActLanguage language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(period);
        if (!PrefilledReports.Kinds.Contains(kind))
        {
            return new DraftOutcome.Refused(Refusal.Input($"the register fills the tables of {string.Join(" and ", PrefilledReports.Kinds.Select(EnumNames.Of))} only, not of a {EnumNames.Of(kind)}"));
        }

        if (period.Problem is { } problem)
        {
            return new DraftOutcome.Refused(Refusal.Input(problem));
        }

        if ((kind == ActKind.QuarterlyAnalysis) != (period.Quarter is not null))
        {
            return new DraftOutcome.Refused(Refusal.Input(kind == ActKind.QuarterlyAnalysis ? "a quarterly analysis needs its quarter" : "an annual summary covers a whole year: no quarter"));
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(ExecutionControl.KazakhstanOffset).DateTime);
        if (period.To >= today)
        {
            return new DraftOutcome.Refused(Refusal.Input($"the period ends on {Canonical.Date(period.To)}: a report covers a period that has ended"));
        }

        ReportTables tables;
        await using (var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            var (actor, refusal) = await Actor.ResolveAsync(connection, null, principal, cancellationToken).ConfigureAwait(false);
            if (actor is null)
            {
                return new DraftOutcome.Refused(refusal!);
            }

            if (DrafterRefusal(actor) is { } refused)
            {
                return new DraftOutcome.Refused(refused);
            }

            if (policy.Signatories(kind, actor.Office!.Level).Count == 0)
            {
                return new DraftOutcome.Refused(Refusal.Input($"a {EnumNames.Of(actor.Office.Level)} office does not make a {EnumNames.Of(kind)}: the policy lets no one of its level sign it"));
            }

            tables = await ReportTableCounts.ComputeAsync(connection, actor.Office.Code, period, today, cancellationToken).ConfigureAwait(false);
        }

        // The draft is written as any other: its drafter and office are checked again inside the write.
        return await CreateAsync(principal, PrefilledReports.Build(kind, language, tables, today), cancellationToken).ConfigureAwait(false);
    }
}
