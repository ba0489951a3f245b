using Supervision.Acts;

namespace Supervision.Register;

/// <summary>
/// The draft of a check report (p. 11) made from a check recorded as held: an ordinary draft that already names the
/// days of the check and what was checked, as the controller recorded them.
/// </summary>
public sealed partial class Drafts
{
    /// <summary>
    /// Makes the draft of the check report of a held check of the drafter's own office, dated today, with the check's
    /// first and last days and the objects checked; the period of activity checked, the findings, the acts brought, the
    /// results and the proposals stay the prosecutor's to write. By a person holding drafter (or a client with
    /// acts:draft); a check of another office, or none with the id, is not found.
    /// </summary>
    public async Task<DraftOutcome> CreateCheckReportAsync(Principal principal, long checkId, ActLanguage language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(principal);
        HeldCheck? check;
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

            check = (await HeldCheckRows.SelectAsync(connection, null, "id = @id AND office_code = @office", [("id", checkId), ("office", actor.Office!.Code)], null, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
            if (check is null)
            {
                return new DraftOutcome.Refused(Refusal.Missing($"no check {checkId} recorded as held by the office {actor.Office.Code} to make its report of"));
            }
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(ExecutionControl.KazakhstanOffset).DateTime);
        var act = new CheckReport
        {
            Language = language,
            Date = today,
            CheckStart = check.Entry.CheckStart,
            CheckEnd = check.Entry.CheckEnd,
            Objects = check.Entry.Checked,
        };

        // The draft is written as any other: its drafter and office are checked again inside the write.
        return await CreateAsync(principal, act, cancellationToken).ConfigureAwait(false);
    }
}
