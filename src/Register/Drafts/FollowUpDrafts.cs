using Supervision.Acts;
using Supervision.FollowUps;
using Supervision.Reading;

namespace Supervision.Register;

/// <summary>
/// Documents that follow from an issued act (follow-ups.json): the draft of a follow-up is made pre-filled from
/// the act and linked to it; the link is part of the draft's audited row and stays with the act it is issued as.
/// </summary>
public sealed partial class Drafts
{
    /// <summary>The follow-ups an issued act offers (its kind's, where its office's level may sign them).</summary>
    public IReadOnlyList<FollowUpRule> FollowUpsOf(IssuedAct act)
    {
        ArgumentNullException.ThrowIfNull(act);
        return FollowUpRules.Default.Offered(ReadIssued(act), policy);
    }

    /// <summary>
    /// Makes the draft of a follow-up of an issued act of the drafter's own office, pre-filled from it and linked
    /// to it: by a person holding drafter (or a client with acts:draft). Refused where the kind does not follow
    /// that act at its office's level (invalid input, naming those that do), or the act is not his office's
    /// (not found).
    /// </summary>
    public Task<DraftOutcome> CreateFollowUpAsync(Principal principal, long sourceActId, ActKind kind, CancellationToken cancellationToken = default) =>
        RunAsync(principal, async (connection, transaction, actor) =>
        {
            if (DrafterRefusal(actor) is { } refused)
            {
                return Refuse(refused);
            }

            var source = await ActRows.SingleAsync(connection, transaction, "id = @id", [("id", sourceActId)], cancellationToken).ConfigureAwait(false);
            if (source is null || source.OfficeCode != actor.Office!.Code)
            {
                return Refuse(Refusal.Missing($"no issued act {sourceActId} of the office {actor.Office!.Code} to make a follow-up of"));
            }

            var offered = FollowUpsOf(source);
            if (offered.FirstOrDefault(rule => rule.Kind == kind) is not { } rule)
            {
                var may = offered.Count == 0 ? "none" : string.Join(", ", offered.Select(r => EnumNames.Of(r.Kind)));
                return Refuse(Refusal.Input($"a {EnumNames.Of(kind)} does not follow the {EnumNames.Of(source.Kind)} {source.RegistrationNumber}; what may follow it: {may}"));
            }

            var (act, officeRefusal) = InOffice(FollowUpDraft.From(ReadIssued(source), rule), actor.Office);
            if (officeRefusal is not null)
            {
                return Refuse(officeRefusal);
            }

            var now = Now();
            var draft = new Draft(0, actor.Office.Code, act!.Kind, act.Language, ActJson.Serialize(act), DraftState.Draft, actor.Name, principal.Kind, null, null, null, null, null, null, now, now, source.Id);
            draft = await DraftRows.InsertAsync(connection, transaction, draft, cancellationToken).ConfigureAwait(false);
            return await SaveAsync(connection, transaction, actor, AuditEntry.Draft, draft, inserted: true, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>The follow-up links of an issued act: the act it follows and the drafts made from it. The caller
    /// has checked that the principal may read the act.</summary>
    public async Task<FollowUpLinks> LinksAsync(long actId, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        var issuedFrom = await DraftRows.SelectAsync(connection, null, "issued_act_id = @id", [("id", actId)], cancellationToken).ConfigureAwait(false);
        var made = await DraftRows.SelectAsync(connection, null, "follows_act_id = @id", [("id", actId)], cancellationToken).ConfigureAwait(false);
        var linkedFrom = issuedFrom.FirstOrDefault()?.FollowsActId;

        // The acts at both ends are named by their registration numbers, as people speak of them.
        var ids = made.Select(draft => draft.IssuedActId).Append(linkedFrom).OfType<long>().Distinct().ToList();
        var named = ids.Count == 0
            ? []
            : (await Sql.ListAsync(
                connection,
                null,
                $"SELECT id, registration_number, kind FROM issued_acts WHERE id IN ({string.Join(", ", ids)})",
                null,
                reader => (Id: reader.Int64("id"), Number: reader.Text("registration_number"), Kind: reader.Text("kind")),
                cancellationToken).ConfigureAwait(false)).ToDictionary(row => row.Id);
        string? NumberOf(long? id) => id is { } key && named.TryGetValue(key, out var row) ? row.Number : null;
        ActKind? KindOf(long? id) => id is { } key && named.TryGetValue(key, out var row) && EnumNames.TryParse<ActKind>(row.Kind, out var kind) ? kind : null;
        return new FollowUpLinks(
            linkedFrom,
            [.. made.Select(draft => new FollowUpMade(draft.Id, draft.Kind, draft.State, draft.IssuedActId, NumberOf(draft.IssuedActId)))])
        {
            LinkedFromNumber = NumberOf(linkedFrom),
            LinkedFromKind = KindOf(linkedFrom),
        };
    }

    /// <summary>The act an issued act holds (the register wrote it, so it reads).</summary>
    private static Act ReadIssued(IssuedAct act)
    {
        var read = ActReader.Read(act.ActJson);
        return read.Succeeded ? read.Act : throw RegisterException.Damaged($"issued act {act.Id} is stored as JSON this program cannot read: {read.Error}");
    }
}
