using System.Data.Common;

namespace Supervision.Register;

/// <summary>
/// Who may change an act's execution status: the prosecutor who signed it (p. 9: he controls its
/// execution), its drafter, or the head of its office (or the person acting for him). Never a client.
/// An act the principal may not read is not found.
/// </summary>
internal static class StatusAuthority
{
    public static async Task<Refusal?> RefusalAsync(DbConnection connection, DbTransaction transaction, Principal principal, IssuedAct act, CancellationToken cancellationToken)
    {
        var (actor, refusal) = await Actor.ResolveAsync(connection, transaction, principal, cancellationToken).ConfigureAwait(false);
        if (actor is null)
        {
            return refusal;
        }

        var visible = await Visibility.OfficesAsync(connection, transaction, actor, cancellationToken).ConfigureAwait(false);
        if (visible is not null && !visible.Contains(act.OfficeCode))
        {
            return Refusal.Missing($"no act {act.Id} that {actor.Name} may read");
        }

        if (actor.Person is not { } person)
        {
            return Refusal.Forbid($"{actor.Name} is not a person: only the act's signatory, its drafter or the head of its office changes its status");
        }

        var drafts = await DraftRows.SelectAsync(connection, transaction, "issued_act_id = @id", [("id", act.Id)], cancellationToken).ConfigureAwait(false);
        var signatory = drafts.Count == 1 ? drafts[0].Signatory : act.IssuedBy;
        var drafter = drafts.Count == 1 && drafts[0].DrafterKind == PrincipalKind.Person ? drafts[0].DraftedBy : null;
        return person.Login == signatory || person.Login == drafter || actor.IsHeadOf(act.OfficeCode)
            ? null
            : Refusal.Forbid($"{person.Login} is neither the signatory of {act.RegistrationNumber}, nor its drafter, nor the head of the office {act.OfficeCode}");
    }
}
