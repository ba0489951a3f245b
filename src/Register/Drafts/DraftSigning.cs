using System.Data.Common;
using Supervision.Acts;
using Supervision.Reading;
using Supervision.Validation;

namespace Supervision.Register;

/// <summary>
/// Signing and approving: the register fills the signature and office from the signer's profile and
/// office and the approval from the approver's, checks the act with the one validator (so the policy
/// speaks at the signer's real position and office level), and issues it through the one issuing path.
/// An act that needs approval is signed first and issued when approved: the participating prosecutor
/// signs the conclusion and reports it to his superior, who approves it (seed p. 6, p. 8).
/// A decision that issues is worked out from the draft as read without a lock, the act rendered outside
/// the write transaction (<see cref="ActIssuer"/>), and in the transaction the decision is worked out again:
/// if the draft changed since (its updated_at) or the act would differ, nothing is stored and it starts over.
/// </summary>
public sealed partial class Drafts
{
    /// <summary>Signs a submitted draft: by the signatory it was submitted to. The signature and office are
    /// filled from his profile and office, the act validated; an act that needs approval then awaits it,
    /// any other is issued.</summary>
    public async Task<DraftOutcome> SignAsync(Principal principal, long id, CancellationToken cancellationToken = default) =>
        (await SignAsync(principal, id, null, cancellationToken).ConfigureAwait(false)).FreshOutcome;

    /// <summary>Signs a submitted draft as <see cref="SignAsync(Principal, long, CancellationToken)"/> does, idempotently
    /// where <paramref name="remember"/> is given: a key already answered gives that answer back and signs nothing.</summary>
    public Task<Remembered<DraftOutcome>> SignAsync(Principal principal, long id, IdempotentRequest<DraftOutcome>? remember, CancellationToken cancellationToken = default) =>
        RegisterMetrics.MeasureAsync("sign", () => DecideAsync(principal, id, remember, (actor, draft, check) =>
        {
            if (SignatoryRefusal(actor, draft, "signs") is { } refused)
            {
                return Decision.Ends(Refuse(refused).Item1);
            }

            var (signed, signedJson) = Signed(ReadAct(draft), actor.Person!, actor.Office!);
            List<ValidationError> errors = check ? SigningErrors(signed, draft.OfficeCode) : [];
            if (errors.Count > 0)
            {
                return Decision.Ends(new DraftOutcome.Invalid(errors));
            }

            var now = Now();
            var after = draft with { ActJson = signedJson, SignedAt = now, UpdatedAt = now };
            return SignatureBlock.NeedsApproval(signed)
                ? new Decision(null, AuditEntry.Sign, after with { State = DraftState.AwaitingApproval }, null)
                : new Decision(null, AuditEntry.Sign, after, signed) { IssuesJson = after.ActJson };
        }, cancellationToken));

    /// <summary>Approves a signed act and issues it: by a person of its office holding approver, not its signer;
    /// the approval is filled from his profile and the validator checks the policy allows his position.</summary>
    public async Task<DraftOutcome> ApproveAsync(Principal principal, long id, CancellationToken cancellationToken = default) =>
        (await ApproveAsync(principal, id, null, cancellationToken).ConfigureAwait(false)).FreshOutcome;

    /// <summary>Approves and issues as <see cref="ApproveAsync(Principal, long, CancellationToken)"/> does, idempotently
    /// where <paramref name="remember"/> is given: a key already answered gives that answer back and issues nothing.</summary>
    public Task<Remembered<DraftOutcome>> ApproveAsync(Principal principal, long id, IdempotentRequest<DraftOutcome>? remember, CancellationToken cancellationToken = default) =>
        RegisterMetrics.MeasureAsync("approve", () => DecideAsync(principal, id, remember, (actor, draft, check) =>
        {
            if (ApproverRefusal(actor, draft) is { } refused)
            {
                return Decision.Ends(Refuse(refused).Item1);
            }

            var approved = SignatureBlock.Approved(ReadAct(draft), actor.Person!);
            if (check && issuer.Validate(approved, draft.OfficeCode) is { IsValid: false } report)
            {
                return Decision.Ends(new DraftOutcome.Invalid(report.Errors));
            }

            var now = Now();
            return new Decision(null, AuditEntry.Approve, draft with { ApprovedBy = actor.Person!.Login, ApprovedAt = now, UpdatedAt = now }, approved);
        }, cancellationToken));

    /// <summary>Why the actor may not approve the draft: no approver role, not a signed draft, or he signed it himself.</summary>
    private static Refusal? ApproverRefusal(Actor actor, Draft draft) =>
        !actor.Has(PersonRole.Approver) ? Refusal.Forbid($"{actor.Name} may not approve acts: that needs the role approver")
        : draft.State != DraftState.AwaitingApproval ? Refusal.State($"draft {draft.Id} is {EnumNames.Of(draft.State)}: only a signed act that needs approval is approved")
        : draft.Signatory == actor.Person!.Login ? Refusal.Forbid($"{actor.Name} signed draft {draft.Id}: his superior approves it, not he")
        : null;

    /// <summary>Whether the policy lets the person approve the draft's act at its office's level.</summary>
    private bool MayApprove(Person person, RegisteredOffice office, Draft draft) =>
        person.Position is { } position && policy.Approvers(draft.Kind, office.Level, (ReadAct(draft) as Conclusion)?.Instance).Contains(position);

    /// <summary>
    /// The errors of an act with its signature filled in (<see cref="SignatureBlock.Signed"/>), at submit and at signing.
    /// Where the act takes an approval, its block is left out: the approval is not given yet, and is checked when
    /// the approver fills it.
    /// </summary>
    private List<ValidationError> SigningErrors(Act signed, string officeCode)
    {
        var needsApproval = SignatureBlock.NeedsApproval(signed);
        return [.. issuer.Validate(signed, officeCode).Errors.Where(error => !needsApproval || !IsApproval(error))];
    }

    private static bool IsApproval(ValidationError error) =>
        error.Path == "approver" || error.Path.StartsWith("approver.", StringComparison.Ordinal);

    /// <summary>
    /// Runs a decision on a draft. One that issues is decided first from the draft as read without a lock, its act
    /// rendered outside the write transaction, then decided again in it and stored only if the draft is as read
    /// and the act the same; otherwise (or where another process took the number) everything starts over, at most
    /// <see cref="ActIssuer.Attempts"/> times. Any other decision is made and stored in one write transaction.
    /// </summary>
    private async Task<Remembered<DraftOutcome>> DecideAsync(Principal principal, long id, IdempotentRequest<DraftOutcome>? remember, Func<Actor, Draft, bool, Decision> decide, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        DecisionActs.Value = new ReadDraftAct();
        for (var attempt = 1; ; attempt++)
        {
            var stale = false;
            var (read, plan) = await ReadDecisionAsync(principal, id, decide, cancellationToken).ConfigureAwait(false);
            if (plan?.Issues is not { } act)
            {
                var applied = await WithDraftAsync(principal, id, remember, async (connection, transaction, actor, draft) =>
                {
                    var decision = decide(actor, draft, true);
                    stale = decision.Issues is not null;
                    return stale ? Refuse(Changed(id)) : await ApplyAsync(connection, transaction, actor, decision, cancellationToken).ConfigureAwait(false);
                }, cancellationToken).ConfigureAwait(false);
                if (!stale || attempt >= ActIssuer.Attempts)
                {
                    return applied;
                }

                continue;
            }

            var (rendered, failed) = await issuer.RenderAsync(act, read!.OfficeCode, attempt, cancellationToken).ConfigureAwait(false);
            if (failed is not null)
            {
                // A refusal is not remembered: nothing changed, so a retry is decided again.
                return new Remembered<DraftOutcome>.Fresh(Failed(failed).Item1, null);
            }

            using (rendered)
            {
                // The office's number is taken in the command that locks the head and reads the draft: the one
                // round trip fewer is one the office's next issuer would wait for. The PDF is written before that
                // command, in the same transaction, while the issuer before still holds the head.
                var outcome = await WithDraftAsync(principal, id, remember, issuer.Number(rendered!), async (connection, transaction, actor, draft, numbered) =>
                {
                    // Not checked again: the act is compared with the one checked and rendered.
                    var decision = decide(actor, draft, false);
                    if (draft.UpdatedAt != read.UpdatedAt || decision.Issues is null || decision.JsonOfIssues() != rendered!.SourceJson)
                    {
                        stale = true;
                        return Refuse(Changed(id));
                    }

                    // The draft's change and its entry go in the command that stores the act, after the act's entry.
                    DraftOutcome.Issued? issued = null;
                    var stored = await issuer.StoreInAsync(connection, transaction, rendered, (actor.Name, actor.Recorded), cancellationToken, act =>
                    {
                        var done = decision.After! with { ActJson = act.Act.ActJson, State = DraftState.Issued, IssuedActId = act.Act.Id };
                        issued = new DraftOutcome.Issued(done, act.Act, act.Documents);
                        return Change(transaction, actor, decision.Action!, done);
                    }, numbered).ConfigureAwait(false);
                    stale = stored is null;
                    return stored is null ? Refuse(Changed(id)) : issued is not null ? (issued, true) : Failed(stored);
                }, cancellationToken, (connection, transaction) => ActIssuer.WriteDocumentsAsync(connection, transaction, rendered!, cancellationToken)).ConfigureAwait(false);
                if (!stale || attempt >= ActIssuer.Attempts)
                {
                    return outcome;
                }
            }
        }
    }

    /// <summary>The draft and the decision on it as the register holds them now, read without a transaction;
    /// nulls where the principal or the draft is not found (the write transaction then answers why).</summary>
    private async Task<(Draft? Draft, Decision? Decision)> ReadDecisionAsync(Principal principal, long id, Func<Actor, Draft, bool, Decision> decide, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        var (actor, _) = await Actor.ResolveAsync(connection, null, principal, cancellationToken).ConfigureAwait(false);
        var draft = actor is null ? null : await DraftRows.FindAsync(store, connection, null, id, cancellationToken).ConfigureAwait(false);
        return draft is null || !CanSee(actor!, draft) ? (null, null) : (draft, decide(actor!, draft, true));
    }

    /// <summary>Stores a decision that issues nothing: a refusal stores nothing, a draft awaiting approval is saved.</summary>
    private async Task<(DraftOutcome, bool)> ApplyAsync(DbConnection connection, DbTransaction transaction, Actor actor, Decision decision, CancellationToken cancellationToken)
    {
        if (decision.Outcome is { } ends)
        {
            return (ends, false);
        }

        return await SaveAsync(connection, transaction, actor, decision.Action!, decision.After!, inserted: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The issuer's failure as a decision's outcome: the act's errors, or its refusal of the kind it says
    /// (mostly a value it cannot take, such as a template that cannot word the act: 422), not always a state conflict.</summary>
    private static (DraftOutcome, bool) Failed(IssueOutcome outcome) => outcome switch
    {
        IssueOutcome.Invalid invalid => (new DraftOutcome.Invalid(invalid.Errors), false),
        IssueOutcome.Refused refused => Refuse(new Refusal(refused.Code, refused.Message)),
        _ => throw new InvalidOperationException($"Unexpected issue outcome {outcome.GetType().Name}."),
    };

    private static Refusal Changed(long id) =>
        Refusal.State($"draft {id} changed while it was being issued, or other acts of its office took its number: decide again");

    /// <summary>What a decision on a draft comes to, worked out from the actor and the draft alone (no database),
    /// so that it can be worked out before rendering and again in the write transaction (there without checking
    /// the act with the validator again when it is the act checked and rendered).</summary>
    /// <param name="Outcome">Where the decision ends without a change (a refusal, the act's errors); null otherwise.</param>
    /// <param name="Action">The audit action of the change.</param>
    /// <param name="After">The draft as the change leaves it.</param>
    /// <param name="Issues">The act to issue, where the change issues one.</param>
    private sealed record Decision(DraftOutcome? Outcome, string? Action, Draft? After, Act? Issues)
    {
        /// <summary>The act issued as JSON where the decision wrote it already (a signature stores it in the draft):
        /// in the write transaction, while every other writer waits, a 200-page act is then serialised once, not twice.</summary>
        public string? IssuesJson { get; init; }

        public static Decision Ends(DraftOutcome outcome) => new(outcome, null, null, null);

        /// <summary>The act issued, as JSON.</summary>
        public string JsonOfIssues() => IssuesJson ?? ActJson.Serialize(Issues!);
    }
}
