using System.Data.Common;

namespace Supervision.Register;

/// <summary>
/// Who signs an issued act electronically: the person who signed it in the register — the signatory its draft
/// was signed by (<c>drafts.signatory</c>; for a conclusion, not the approver who issued it), or, for an act
/// issued without a draft, the person who issued it (<c>issued_acts.issued_by</c>, who signed it then). It is
/// the same person <see cref="StatusAuthority"/> takes for the act's signatory.
/// </summary>
internal static class ActSignatory
{
    /// <summary>The signatory's login.</summary>
    public static async Task<string> LoginAsync(DbConnection connection, DbTransaction? transaction, IssuedAct act, CancellationToken cancellationToken)
    {
        var drafts = await DraftRows.SelectAsync(connection, transaction, "issued_act_id = @id", [("id", act.Id)], cancellationToken).ConfigureAwait(false);
        return drafts.Count == 1 && drafts[0].Signatory is { } signatory ? signatory : act.IssuedBy;
    }

    /// <summary>The principal as the act's signatory (a person, enabled, who may read the act), or why not:
    /// not found where he may not read it, forbidden where he is someone else.</summary>
    public static async Task<(Person? Signatory, Actor? Actor, Refusal? Refusal)> ResolveAsync(DbConnection connection, DbTransaction? transaction, Principal principal, IssuedAct act, CancellationToken cancellationToken)
    {
        var (actor, refusal) = await Actor.ResolveAsync(connection, transaction, principal, cancellationToken).ConfigureAwait(false);
        if (actor is null)
        {
            return (null, null, refusal);
        }

        var visible = await Visibility.OfficesAsync(connection, transaction, actor, cancellationToken).ConfigureAwait(false);
        if (visible is not null && !visible.Contains(act.OfficeCode))
        {
            return (null, null, Refusal.Missing($"no act {act.Id} that {actor.Name} may read"));
        }

        var login = await LoginAsync(connection, transaction, act, cancellationToken).ConfigureAwait(false);
        return actor.Person is { } person && person.Login == login
            ? (person, actor, null)
            : (null, null, Refusal.Forbid($"{actor.Name} is not the signatory of {act.RegistrationNumber}: only {login}, who signed it, signs its PDF electronically"));
    }
}
