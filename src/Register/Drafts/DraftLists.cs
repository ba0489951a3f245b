using Supervision.Acts;

namespace Supervision.Register;

/// <summary>The lists a person works from: my drafts, returned to me, for my signature, for my approval.</summary>
public sealed partial class Drafts
{
    /// <summary>The principal's drafts not yet issued (or those in one state: <see cref="DraftState.Returned"/> for "returned to me"), by id.</summary>
    public Task<IReadOnlyList<Draft>> MineAsync(Principal principal, DraftState? state = null, CancellationToken cancellationToken = default) =>
        ListAsync(
            principal,
            "drafted_by = @name AND drafter_kind = @kind AND state <> @issued" + (state is null ? string.Empty : " AND state = @state"),
            [("name", principal.Name), ("kind", EnumNames.Of(principal.Kind)), ("issued", EnumNames.Of(DraftState.Issued)), ("state", state is { } value ? EnumNames.Of(value) : null)],
            null,
            cancellationToken);

    /// <summary>The most acts <see cref="MineIssuedAsync"/> lists: the newest, as a person's work goes back years.</summary>
    public const int MaxIssued = 200;

    /// <summary>
    /// The drafts the principal drafted or signed that were issued, newest first (at most <see cref="MaxIssued"/>): where
    /// a drafter finds the acts issued from his work, and what may follow them; an act issued without a draft is not one.
    /// </summary>
    public Task<IReadOnlyList<Draft>> MineIssuedAsync(Principal principal, CancellationToken cancellationToken = default) =>
        ListAsync(
            principal,
            "state = @issued AND ((drafted_by = @name AND drafter_kind = @kind) OR signatory = @login)",
            [("issued", EnumNames.Of(DraftState.Issued)), ("name", principal.Name), ("kind", EnumNames.Of(principal.Kind)),
                ("login", principal.Kind == PrincipalKind.Person ? PersonChecks.Login(principal.Name) : string.Empty)],
            null,
            cancellationToken,
            $" DESC LIMIT {MaxIssued}");

    /// <summary>The drafts submitted to the principal for signature.</summary>
    public Task<IReadOnlyList<Draft>> ForSignatureAsync(Principal principal, CancellationToken cancellationToken = default) =>
        principal.Kind != PrincipalKind.Person
            ? Task.FromResult<IReadOnlyList<Draft>>([])
            : ListAsync(principal, "signatory = @login AND state = @state", [("login", PersonChecks.Login(principal.Name)), ("state", EnumNames.Of(DraftState.Submitted))], null, cancellationToken);

    /// <summary>The signed acts of the principal's office awaiting an approval the policy lets him give (not those he signed).</summary>
    public Task<IReadOnlyList<Draft>> ForApprovalAsync(Principal principal, CancellationToken cancellationToken = default) =>
        ListAsync(
            principal,
            "state = @state",
            [("state", EnumNames.Of(DraftState.AwaitingApproval))],
            (actor, draft) => actor.Has(PersonRole.Approver) && draft.OfficeCode == actor.Person!.OfficeCode && draft.Signatory != actor.Person.Login && MayApprove(actor.Person, actor.Office!, draft),
            cancellationToken);

    /// <summary>A draft the principal may read, or null: its drafter, its signatory, an approver of its office or the office's head (or acting head).</summary>
    public async Task<Draft?> GetAsync(Principal principal, long id, CancellationToken cancellationToken = default) =>
        (await ListAsync(principal, "id = @id", [("id", id)], MayRead, cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    /// <summary>Who reads a draft: those who work on it or answer for it, not every colleague of the office.</summary>
    private static bool MayRead(Actor actor, Draft draft) =>
        draft.IsDraftedBy(actor.Principal)
        || (actor.Person is { } person && person.OfficeCode == draft.OfficeCode
            && (draft.Signatory == person.Login || actor.Has(PersonRole.Approver) || actor.IsHeadOf(draft.OfficeCode)));

    private async Task<IReadOnlyList<Draft>> ListAsync(
        Principal principal,
        string where,
        IReadOnlyList<(string Name, object? Value)> parameters,
        Func<Actor, Draft, bool>? keep,
        CancellationToken cancellationToken,
        string order = "")
    {
        ArgumentNullException.ThrowIfNull(principal);
        await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        var (actor, _) = await Actor.ResolveAsync(connection, null, principal, cancellationToken).ConfigureAwait(false);
        if (actor is null)
        {
            return [];
        }

        var drafts = await DraftRows.SelectAsync(connection, null, where, parameters, cancellationToken, order).ConfigureAwait(false);
        return keep is null ? drafts : [.. drafts.Where(draft => keep(actor, draft))];
    }
}
