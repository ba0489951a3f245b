using System.Data.Common;
using Supervision.Acts;
using Supervision.Reading;

namespace Supervision.Register;

/// <summary>
/// Issuing without a draft, by the prosecutor who signs (the command line's <c>issue</c>): a person
/// holding signatory issues an act of his own office, whose signature and office the register fills
/// from his profile and office, as signing a draft does. An act that needs approval goes through a
/// draft: signed, then approved. The act is signed and rendered outside the write transaction, and
/// signed again in it from the person as the register holds him then; if that differs, it starts over.
/// </summary>
internal static class SignedIssue
{
    public static async Task<IssueOutcome> IssueAsync(IRegisterStore store, ActIssuer issuer, Principal principal, Act act, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(act);
        for (var attempt = 1; ; attempt++)
        {
            (Actor? Actor, IssueOutcome? Refused, Act? Signed) read;
            await using (var reading = await store.OpenAsync(cancellationToken).ConfigureAwait(false))
            {
                read = await SignAsync(reading, null, issuer, principal, act, cancellationToken).ConfigureAwait(false);
            }

            if (read.Refused is not null)
            {
                return read.Refused;
            }

            var (rendered, failed) = await issuer.RenderAsync(read.Signed!, read.Actor!.Office!.Code, attempt, cancellationToken).ConfigureAwait(false);
            if (failed is not null)
            {
                return failed;
            }

            using (rendered)
            {
                await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
                await using var transaction = await store.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
                var (actor, refused, signed) = await SignAsync(connection, transaction, issuer, principal, act, cancellationToken).ConfigureAwait(false);
                if (refused is not null)
                {
                    return refused;
                }

                var outcome = ActJson.Serialize(signed!) == ActJson.Serialize(rendered!.Source)
                    ? await issuer.StoreInAsync(connection, transaction, rendered, (actor!.Name, actor.Recorded), cancellationToken).ConfigureAwait(false)
                    : null;
                if (outcome is IssueOutcome.Issued)
                {
                    await RegisterTimings.CommitAsync(transaction, cancellationToken).ConfigureAwait(false);
                }

                if (outcome is not null)
                {
                    return outcome;
                }

                if (attempt >= ActIssuer.Attempts)
                {
                    return new IssueOutcome.Refused($"{principal.Name}'s profile or office changed while the act was being issued: issue it again", Refusal.Conflict);
                }
            }
        }
    }

    /// <summary>The principal as the register holds him and the act signed by him and checked, or why not.</summary>
    private static async Task<(Actor? Actor, IssueOutcome? Refused, Act? Signed)> SignAsync(DbConnection connection, DbTransaction? transaction, ActIssuer issuer, Principal principal, Act act, CancellationToken cancellationToken)
    {
        var (actor, refusal) = await Actor.ResolveAsync(connection, transaction, principal, cancellationToken).ConfigureAwait(false);
        refusal ??= actor is not { Person: not null, Office.IsRegistered: true } || !actor.Has(PersonRole.Signatory)
            ? Refusal.Forbid($"{principal.Name} may not issue acts: that needs a person of a registered office holding the role signatory")
            : Drafts.InOffice(act, actor.Office).Refusal
                ?? (SignatureBlock.NeedsApproval(act) ? Refusal.State($"a {EnumNames.Of(act.Kind)} is issued once approved: draft it, sign it and have it approved") : null);
        if (refusal is not null)
        {
            return (null, new IssueOutcome.Refused(refusal.Message, refusal.Code), null);
        }

        var signed = SignatureBlock.Signed(act, actor!.Person!, actor.Office!);
        var report = issuer.Validate(signed, actor.Office!.Code);
        return report.IsValid ? (actor, null, signed) : (null, new IssueOutcome.Invalid(report.Errors), null);
    }
}
