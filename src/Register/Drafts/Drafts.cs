using System.Data.Common;
using Supervision.Acts;
using Supervision.Reading;
using Supervision.Validation;

namespace Supervision.Register;

/// <summary>
/// Drafts on their way to the register (<see cref="ActRegister.Drafts"/>): created and changed by their drafter (a person holding
/// drafter, or a client with acts:draft), submitted to a signatory of the same office, returned with
/// remarks or signed, approved where the act needs it, then issued. Each decision runs in one write
/// transaction with its audit entry naming the principal, who is checked as the register holds him now.
/// </summary>
public sealed partial class Drafts
{
    private const int MaxRemarksLength = 2000;

    private readonly IRegisterStore store;
    private readonly ActIssuer issuer;
    private readonly ActPolicy policy;
    private readonly TimeProvider clock;

    internal Drafts(IRegisterStore store, ActIssuer issuer, ActPolicy policy, TimeProvider clock)
    {
        this.store = store;
        this.issuer = issuer;
        this.policy = policy;
        this.clock = clock;
    }

    /// <summary>Stores an act as a draft of the principal's office: a person holding drafter, or a client with
    /// acts:draft; the act is put in that office's registered name (see <see cref="InOffice"/>).</summary>
    public Task<DraftOutcome> CreateAsync(Principal principal, Act act, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(act);
        return RunAsync(principal, async (connection, transaction, actor) =>
        {
            if (DrafterRefusal(actor) is { } refused)
            {
                return Refuse(refused);
            }

            var (inOffice, officeRefusal) = InOffice(act, actor.Office);
            if (officeRefusal is not null)
            {
                return Refuse(officeRefusal);
            }

            act = inOffice!;
            var now = Now();
            var draft = new Draft(0, actor.Office!.Code, act.Kind, act.Language, ActJson.Serialize(act), DraftState.Draft, actor.Name, principal.Kind, null, null, null, null, null, null, now, now);
            draft = await DraftRows.InsertAsync(connection, transaction, draft, cancellationToken).ConfigureAwait(false);
            return await SaveAsync(connection, transaction, actor, AuditEntry.Draft, draft, inserted: true, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <summary>Replaces the act of a draft: by its drafter, while it is a draft or returned (it becomes a draft again).</summary>
    public Task<DraftOutcome> UpdateAsync(Principal principal, long id, Act act, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(act);
        return WithDraftAsync(principal, id, async (connection, transaction, actor, draft) =>
        {
            if ((DrafterRefusal(actor) ?? OwnDraftRefusal(actor, draft, "changes")) is { } refused)
            {
                return Refuse(refused);
            }

            if (act.Kind != draft.Kind || act.Language != draft.Language)
            {
                return Refuse(Refusal.Input($"draft {id} is a {EnumNames.Of(draft.Kind)} in {EnumNames.Of(draft.Language)}: a new kind or language is a new draft"));
            }

            var (inOffice, officeRefusal) = InOffice(act, actor.Office);
            if (officeRefusal is not null)
            {
                return Refuse(officeRefusal);
            }

            act = inOffice!;
            var changed = draft with { ActJson = ActJson.Serialize(act), State = DraftState.Draft, UpdatedAt = Now() };
            return await SaveAsync(connection, transaction, actor, AuditEntry.Draft, changed, inserted: false, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <summary>
    /// Sends a draft to a person of its office holding signatory: by its drafter, while it is a draft or returned.
    /// The act is validated as that person would sign it; an act he could not sign is <see cref="DraftOutcome.Invalid"/>.
    /// </summary>
    public Task<DraftOutcome> SubmitAsync(Principal principal, long id, string signatoryLogin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signatoryLogin);
        return WithDraftAsync(principal, id, async (connection, transaction, actor, draft) =>
        {
            if ((DrafterRefusal(actor) ?? OwnDraftRefusal(actor, draft, "submits")) is { } refused)
            {
                return Refuse(refused);
            }

            var signatory = await PersonRows.FindAsync(connection, transaction, PersonChecks.Login(signatoryLogin), cancellationToken).ConfigureAwait(false);
            if (signatory is not { Person: { Disabled: false } person } || person.OfficeCode != draft.OfficeCode || !person.Roles.Contains(PersonRole.Signatory))
            {
                return Refuse(Refusal.Input($"{signatoryLogin} is not a signatory of the office {draft.OfficeCode}: submit the draft to a person of the office holding the role signatory"));
            }

            // The act is checked as the named signatory would sign it (his position, title and office), as signing
            // will check it again: a drafter learns now what his signatory could not sign, not when it is refused him.
            var office = actor.Office is { } own && own.Code == draft.OfficeCode
                ? own
                : await OfficeRows.FindAsync(connection, transaction, draft.OfficeCode, cancellationToken).ConfigureAwait(false);
            if (office is not null && SigningErrors(SignatureBlock.Signed(ReadAct(draft), person, office), draft.OfficeCode) is { Count: > 0 } errors)
            {
                return (new DraftOutcome.Invalid(errors), false);
            }

            var submitted = draft with { State = DraftState.Submitted, Signatory = person.Login, Remarks = null, UpdatedAt = Now() };
            return await SaveAsync(connection, transaction, actor, AuditEntry.Submit, submitted, inserted: false, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <summary>Returns a submitted draft to its drafter with remarks: by the signatory it was submitted to.</summary>
    public Task<DraftOutcome> ReturnAsync(Principal principal, long id, string remarks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(remarks);
        return WithDraftAsync(principal, id, async (connection, transaction, actor, draft) =>
        {
            if (SignatoryRefusal(actor, draft, "returns") is { } refused)
            {
                return Refuse(refused);
            }

            if (string.IsNullOrWhiteSpace(remarks) || remarks.Trim().Length > MaxRemarksLength)
            {
                return Refuse(Refusal.Input($"the remarks say what the drafter must change: from 1 to {MaxRemarksLength} characters"));
            }

            var returned = draft with { State = DraftState.Returned, Remarks = remarks.Trim(), UpdatedAt = Now() };
            return await SaveAsync(connection, transaction, actor, AuditEntry.Return, returned, inserted: false, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <summary>Why the actor may not draft at all, or null.</summary>
    private static Refusal? DrafterRefusal(Actor actor) =>
        !actor.Has(PersonRole.Drafter) && !actor.Has(ClientScope.ActsDraft)
            ? Refusal.Forbid($"{actor.Name} may not draft acts: that needs the role drafter (a person) or the scope acts:draft (a client)")
            : actor.Office is not { IsRegistered: true }
                ? Refusal.Forbid($"{actor.Name} has no registered office to draft acts in")
                : null;

    /// <summary>Why the actor may not change the draft: not its drafter, or not while it is with its signatory or issued.</summary>
    private static Refusal? OwnDraftRefusal(Actor actor, Draft draft, string verb) =>
        !draft.IsDraftedBy(actor.Principal) ? Refusal.Forbid($"draft {draft.Id} is {draft.DraftedBy}'s: only its drafter {verb} it")
        : draft.State is not (DraftState.Draft or DraftState.Returned) ? Refusal.State($"draft {draft.Id} is {EnumNames.Of(draft.State)}: its drafter {verb} it only while it is a draft or returned")
        : null;

    /// <summary>Why the actor may not sign or return the draft: not submitted, not to him, or he no longer holds signatory.</summary>
    private static Refusal? SignatoryRefusal(Actor actor, Draft draft, string verb) =>
        draft.State != DraftState.Submitted ? Refusal.State($"draft {draft.Id} is {EnumNames.Of(draft.State)}: a signatory {verb} only a submitted draft")
        : actor.Person is null || draft.Signatory != actor.Person.Login ? Refusal.Forbid($"draft {draft.Id} is submitted to {draft.Signatory}: only that person {verb} it")
        : !actor.Has(PersonRole.Signatory) ? Refusal.Forbid($"{actor.Name} no longer holds the role signatory")
        : null;

    /// <summary>
    /// The act as its office issues it: the office printed at its head is the drafter's registered office (its
    /// name in the act's language and its level), whatever the act said — who drafts in an office writes in its
    /// name. An office registered without names (created by issuing before offices were registered) is refused.
    /// </summary>
    internal static (Act? Act, Refusal? Refusal) InOffice(Act act, RegisteredOffice? office)
    {
        var registered = office is null ? null : SignatureBlock.NameOf(office, act.Language);
        return office is null || string.IsNullOrWhiteSpace(registered)
            ? (null, Refusal.Input($"the office {office?.Code} has no registered name in {EnumNames.Of(act.Language)}: register it (office add) before drafting in its name"))
            : (act with { Office = new Office { Level = office.Level, Name = registered } }, null);
    }

    private DateTimeOffset Now() => Canonical.Truncate(clock.GetUtcNow());

    private static (DraftOutcome, bool) Refuse(Refusal refusal) => (new DraftOutcome.Refused(refusal), false);

    /// <summary>Writes the draft (unless just inserted) and its audit entry; asks to commit.</summary>
    private async Task<(DraftOutcome, bool)> SaveAsync(DbConnection connection, DbTransaction transaction, Actor actor, string action, Draft draft, bool inserted, CancellationToken cancellationToken)
    {
        await AuditAsync(connection, transaction, actor, action, draft, update: !inserted, cancellationToken).ConfigureAwait(false);
        return (new DraftOutcome.Saved(draft), true);
    }

    /// <summary>The draft's audit entry, sent with the update of its row where <paramref name="update"/> is set (one round trip).</summary>
    private Task<AuditEntry> AuditAsync(DbConnection connection, DbTransaction transaction, Actor actor, string action, Draft draft, bool update, CancellationToken cancellationToken) =>
        AuditChain.AppendAsync(store, connection, transaction, actor.Recorded, Fact(action, draft), cancellationToken, update ? DraftRows.Update(draft) : null);

    /// <summary>The update of a draft's row and its audit entry, after the head the transaction holds, for the caller to send.</summary>
    private SqlStatement Change(DbTransaction transaction, Actor actor, string action, Draft draft) =>
        SqlStatement.Join([DraftRows.Update(draft), AuditChain.Entry(store, transaction, actor.Recorded, Fact(action, draft)).Statement]);

    /// <summary>What a draft's audit entry records: the action, the draft as its subject, the draft as it stands now.</summary>
    private static (string Action, string Subject, string Payload, DateTimeOffset At) Fact(string action, Draft draft) =>
        (action, $"draft {draft.Id}", AuditPayloads.Draft(draft), draft.UpdatedAt);

    /// <summary>One decision: a write transaction with the audit head locked and the principal found in the register.</summary>
    private async Task<DraftOutcome> RunAsync(Principal principal, Func<DbConnection, DbTransaction, Actor, Task<(DraftOutcome Outcome, bool Commit)>> work, CancellationToken cancellationToken) =>
        (await RunAsync(principal, null, work, cancellationToken).ConfigureAwait(false)).FreshOutcome;

    /// <summary>One decision, idempotent where a key is given: the key's earlier answer is looked for once the audit
    /// head is locked (so a duplicate in flight elsewhere has committed, or not, and is seen), and the answer is
    /// stored in the decision's transaction when it commits.</summary>
    private Task<Remembered<DraftOutcome>> RunAsync(Principal principal, IdempotentRequest<DraftOutcome>? remember, Func<DbConnection, DbTransaction, Actor, Task<(DraftOutcome Outcome, bool Commit)>> work, CancellationToken cancellationToken) =>
        RunAsync(principal, remember, SqlRead.None, (connection, transaction, actor, _) => work(connection, transaction, actor), cancellationToken);

    /// <summary>One decision whose principal, and what else it reads first (its draft), are read in the command that
    /// locks the audit head: one round trip, while the office's other issuers and every other writer wait; what
    /// <paramref name="first"/> writes goes before the lock (the PDF of the act a signature issues).</summary>
    private Task<Remembered<DraftOutcome>> RunAsync<TRead>(Principal principal, IdempotentRequest<DraftOutcome>? remember, SqlRead<TRead> read, Func<DbConnection, DbTransaction, Actor, TRead, Task<(DraftOutcome Outcome, bool Commit)>> work, CancellationToken cancellationToken, Func<DbConnection, DbTransaction, Task>? first = null)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return AuditedWrite.RunAsync(
            store,
            SqlRead.Both(Actor.Resolve(principal), read),
            async (connection, transaction, found) =>
            {
                if (await IdempotencyRecords.PriorAsync(connection, transaction, principal, remember, cancellationToken).ConfigureAwait(false) is { } prior)
                {
                    return (prior, false);
                }

                var ((actor, refusal), first) = found;
                var (outcome, commit) = actor is null ? Refuse(refusal!) : await work(connection, transaction, actor, first).ConfigureAwait(false);
                return (await IdempotencyRecords.RememberAsync(store, connection, transaction, principal, remember, (outcome, commit, Now()), cancellationToken).ConfigureAwait(false), commit);
            },
            cancellationToken,
            first);
    }

    /// <summary>One decision on a draft the principal can see (its office's, or a client's own); not-found otherwise.</summary>
    private async Task<DraftOutcome> WithDraftAsync(Principal principal, long id, Func<DbConnection, DbTransaction, Actor, Draft, Task<(DraftOutcome Outcome, bool Commit)>> work, CancellationToken cancellationToken) =>
        (await WithDraftAsync(principal, id, null, work, cancellationToken).ConfigureAwait(false)).FreshOutcome;

    /// <summary>One decision on a draft the principal can see, idempotent where a key is given; the draft is locked
    /// and read with the principal.</summary>
    private Task<Remembered<DraftOutcome>> WithDraftAsync(Principal principal, long id, IdempotentRequest<DraftOutcome>? remember, Func<DbConnection, DbTransaction, Actor, Draft, Task<(DraftOutcome Outcome, bool Commit)>> work, CancellationToken cancellationToken) =>
        WithDraftAsync(principal, id, remember, SqlRead.None, (connection, transaction, actor, draft, _) => work(connection, transaction, actor, draft), cancellationToken);

    /// <summary>One decision on a draft the principal can see, idempotent where a key is given, with <paramref name="more"/>
    /// read in the same command, after the draft (the office's number for the act a signature issues): every read
    /// the decision needs in the one round trip that locks the audit head; what <paramref name="first"/> writes goes
    /// before the lock.</summary>
    private Task<Remembered<DraftOutcome>> WithDraftAsync<TMore>(Principal principal, long id, IdempotentRequest<DraftOutcome>? remember, SqlRead<TMore> more, Func<DbConnection, DbTransaction, Actor, Draft, TMore, Task<(DraftOutcome Outcome, bool Commit)>> work, CancellationToken cancellationToken, Func<DbConnection, DbTransaction, Task>? first = null) =>
        RunAsync(
            principal,
            remember,
            SqlRead.Both(DraftRows.Find(store.LockRows, id), more),
            async (connection, transaction, actor, found) =>
                found.First is not { } draft || !CanSee(actor, draft)
                    ? Refuse(Refusal.Missing($"no draft {id} that {actor.Name} may see"))
                    : await work(connection, transaction, actor, draft, found.Second).ConfigureAwait(false),
            cancellationToken,
            first);

    /// <summary>A person sees the drafts of his office; a client only its own.</summary>
    private static bool CanSee(Actor actor, Draft draft) =>
        draft.IsDraftedBy(actor.Principal) || (actor.Person is { } person && person.OfficeCode == draft.OfficeCode);

    /// <summary>The act a draft holds (the register wrote it, so it reads); the one read before in this decision
    /// where the JSON is the same (<see cref="DecisionActs"/>).</summary>
    private static Act ReadAct(Draft draft)
    {
        if (DecisionActs.Value is { Act: { } kept } earlier && string.Equals(earlier.Json, draft.ActJson, StringComparison.Ordinal))
        {
            return kept;
        }

        var read = ActReader.Read(draft.ActJson);
        var act = read.Succeeded ? read.Act : throw RegisterException.Damaged($"draft {draft.Id} is stored as JSON this program cannot read: {read.Error}");
        if (DecisionActs.Value is { } decision)
        {
            (decision.Json, decision.Act) = (draft.ActJson, act);
        }

        return act;
    }

    /// <summary>
    /// The act last read from a draft in the decision under way (<see cref="DecideAsync"/>). A decision that issues
    /// is made twice, from the draft read without a lock and again in the write transaction, and the draft is the
    /// same both times unless it changed: its JSON is then not read a second time while every other writer waits.
    /// Acts are immutable records, so the one read serves both.
    /// </summary>
    private static readonly AsyncLocal<ReadDraftAct?> DecisionActs = new();

    /// <summary>
    /// The act signed by the person as an act of his office (<see cref="SignatureBlock.Signed"/>), and its JSON, serialised
    /// once per decision: in the write transaction, while every other writer waits, the same act read from the same
    /// draft JSON and given the same signature and office blocks (records, compared by value) is the act signed before
    /// the lock, and its JSON is taken again instead of made again (a 212-page act's takes some 3 ms).
    /// </summary>
    private static (Act Signed, string Json) Signed(Act source, Person signer, RegisteredOffice office)
    {
        var signed = SignatureBlock.Signed(source, signer, office);
        if (DecisionActs.Value is not { } decision)
        {
            return (signed, ActJson.Serialize(signed));
        }

        if (decision.Signed is not { } earlier || !ReferenceEquals(earlier.Source, source) || earlier.Act.Signatory != signed.Signatory || earlier.Act.Office != signed.Office)
        {
            decision.Signed = (source, signed, ActJson.Serialize(signed));
        }

        return (decision.Signed.Value.Act, decision.Signed.Value.Json);
    }

    /// <summary>A draft's JSON and the act read from it; the act as signed in this decision (from which act read), and its JSON.</summary>
    private sealed class ReadDraftAct
    {
        public string? Json { get; set; }

        public Act? Act { get; set; }

        public (Act Source, Act Act, string Json)? Signed { get; set; }
    }
}
