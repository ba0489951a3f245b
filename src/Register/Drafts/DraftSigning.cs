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
        WithDraftAsync(principal, id, remember, async (connection, transaction, actor, draft) =>
        {
            if (SignatoryRefusal(actor, draft, "signs") is { } refused)
            {
                return Refuse(refused);
            }

            var signed = SignatureBlock.Signed(ReadAct(draft), actor.Person!, actor.Office!);
            var needsApproval = SignatureBlock.NeedsApproval(signed);

            // The approval is not given yet: its block is checked when the approver fills it.
            var errors = issuer.Validate(signed, draft.OfficeCode).Errors.Where(error => !needsApproval || !IsApproval(error)).ToList();
            if (errors.Count > 0)
            {
                return (new DraftOutcome.Invalid(errors), false);
            }

            var now = Now();
            var after = draft with { ActJson = ActJson.Serialize(signed), SignedAt = now, UpdatedAt = now };
            return needsApproval
                ? await SaveAsync(connection, transaction, actor, AuditEntry.Sign, after with { State = DraftState.AwaitingApproval }, inserted: false, cancellationToken).ConfigureAwait(false)
                : await IssueAsync(connection, transaction, actor, AuditEntry.Sign, after, signed, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>Approves a signed act and issues it: by a person of its office holding approver, not its signer;
    /// the approval is filled from his profile and the validator checks the policy allows his position.</summary>
    public async Task<DraftOutcome> ApproveAsync(Principal principal, long id, CancellationToken cancellationToken = default) =>
        (await ApproveAsync(principal, id, null, cancellationToken).ConfigureAwait(false)).FreshOutcome;

    /// <summary>Approves and issues as <see cref="ApproveAsync(Principal, long, CancellationToken)"/> does, idempotently
    /// where <paramref name="remember"/> is given: a key already answered gives that answer back and issues nothing.</summary>
    public Task<Remembered<DraftOutcome>> ApproveAsync(Principal principal, long id, IdempotentRequest<DraftOutcome>? remember, CancellationToken cancellationToken = default) =>
        WithDraftAsync(principal, id, remember, async (connection, transaction, actor, draft) =>
        {
            if (ApproverRefusal(actor, draft) is { } refused)
            {
                return Refuse(refused);
            }

            var approved = SignatureBlock.Approved(ReadAct(draft), actor.Person!);
            var now = Now();
            var after = draft with { ApprovedBy = actor.Person!.Login, ApprovedAt = now, UpdatedAt = now };
            return await IssueAsync(connection, transaction, actor, AuditEntry.Approve, after, approved, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>Why the actor may not approve the draft: no approver role, not a signed draft, or he signed it himself.</summary>
    private static Refusal? ApproverRefusal(Actor actor, Draft draft) =>
        !actor.Has(PersonRole.Approver) ? Refusal.Forbid($"{actor.Name} may not approve acts: that needs the role approver")
        : draft.State != DraftState.AwaitingApproval ? Refusal.State($"draft {draft.Id} is {EnumNames.Of(draft.State)}: only a signed act that needs approval is approved")
        : draft.Signatory == actor.Person!.Login ? Refusal.Forbid($"{actor.Name} signed draft {draft.Id}: his superior approves it, not he")
        : null;

    /// <summary>Whether the policy lets the person approve the draft's act at its office's level.</summary>
    private bool MayApprove(Person person, RegisteredOffice office, Draft draft) =>
        person.Position is { } position && policy.Approvers(draft.Kind, office.Level, (ReadAct(draft) as Conclusion)?.Instance).Contains(position);

    private static bool IsApproval(ValidationError error) =>
        error.Path == "approver" || error.Path.StartsWith("approver.", StringComparison.Ordinal);

    /// <summary>Issues the act and links the draft to it, in the decision's transaction; errors leave everything as it was.</summary>
    private async Task<(DraftOutcome, bool)> IssueAsync(DbConnection connection, DbTransaction transaction, Actor actor, string action, Draft draft, Act act, CancellationToken cancellationToken)
    {
        var report = issuer.Validate(act, draft.OfficeCode);
        if (!report.IsValid)
        {
            return (new DraftOutcome.Invalid(report.Errors), false);
        }

        switch (await issuer.IssueInAsync(connection, transaction, act, draft.OfficeCode, (actor.Name, actor.Recorded), cancellationToken).ConfigureAwait(false))
        {
            case IssueOutcome.Issued issued:
                var done = draft with { ActJson = issued.Act.ActJson, State = DraftState.Issued, IssuedActId = issued.Act.Id };
                await DraftRows.UpdateAsync(connection, transaction, done, cancellationToken).ConfigureAwait(false);
                await AuditAsync(connection, transaction, actor, action, done, cancellationToken).ConfigureAwait(false);
                return (new DraftOutcome.Issued(done, issued.Act, issued.Documents), true);
            case IssueOutcome.Invalid invalid:
                return (new DraftOutcome.Invalid(invalid.Errors), false);
            case IssueOutcome.Refused refused:
                // The issuer says what kind of refusal it is (mostly a value it cannot take: 422), not always a state conflict.
                return Refuse(new Refusal(refused.Code, refused.Message));
            case var other:
                throw new InvalidOperationException($"Unexpected issue outcome {other.GetType().Name}.");
        }
    }
}
