using Supervision.Acts;

namespace Supervision.Register;

/// <summary>
/// Issuing without a draft, by the prosecutor who signs (the command line's <c>issue</c>): a person
/// holding signatory issues an act of his own office, whose signature and office the register fills
/// from his profile and office, as signing a draft does. An act that needs approval goes through a
/// draft: signed, then approved.
/// </summary>
internal static class SignedIssue
{
    public static async Task<IssueOutcome> IssueAsync(IRegisterStore store, ActIssuer issuer, Principal principal, Act act, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(act);
        await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await store.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var (actor, refusal) = await Actor.ResolveAsync(connection, transaction, principal, cancellationToken).ConfigureAwait(false);
        refusal ??= actor is not { Person: not null, Office.IsRegistered: true } || !actor.Has(PersonRole.Signatory)
            ? Refusal.Forbid($"{principal.Name} may not issue acts: that needs a person of a registered office holding the role signatory")
            : Drafts.InOffice(act, actor.Office).Refusal
                ?? (SignatureBlock.NeedsApproval(act) ? Refusal.State($"a {EnumNames.Of(act.Kind)} is issued once approved: draft it, sign it and have it approved") : null);
        if (refusal is not null)
        {
            return new IssueOutcome.Refused(refusal.Message, refusal.Code);
        }

        var signed = SignatureBlock.Signed(act, actor!.Person!, actor.Office!);
        var report = issuer.Validate(signed, actor.Office!.Code);
        if (!report.IsValid)
        {
            return new IssueOutcome.Invalid(report.Errors);
        }

        var outcome = await issuer.IssueInAsync(connection, transaction, signed, actor.Office.Code, (actor.Name, actor.Recorded), cancellationToken).ConfigureAwait(false);
        if (outcome is IssueOutcome.Issued)
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return outcome;
    }
}
