namespace Supervision.Register;

/// <summary>One entry of the audit trail.</summary>
/// <param name="Seq">Its place in the chain, 1..N without gaps.</param>
/// <param name="OccurredAt">When (UTC, to the millisecond).</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Action">"issue", "status", "publish", "propose-template", "approve-template", "draft", "submit",
/// "return", "sign", "approve", "register-office", "add-person", "disable-person", "change-roles",
/// "change-password", "add-client", "revoke-client", "remember-answer", "seal-chain", "attach-signature", "track-proceeding", "change-proceeding", "record-recovery" or "record-check".</param>
/// <param name="Subject">What it is about: a registration number, "templates-kk/order.sbn@2", "office 2-11" or "person a.seitova".</param>
/// <param name="Payload">The facts recorded, as canonical JSON (see <see cref="AuditPayloads"/>).</param>
/// <param name="PreviousHash">The hash of the entry before it; empty for the first.</param>
/// <param name="Hash">HMAC-SHA256 under the register's audit key (lowercase hex) of the canonical form of this entry, previous hash and principal included.</param>
/// <param name="Principal">Who acted, as the service established it (canonical JSON: kind, name, office, roles or scopes);
/// null where only a name was given (entries before principals were recorded, the administration commands).</param>
public sealed record AuditEntry(long Seq, DateTimeOffset OccurredAt, string Actor, string Action, string Subject, string Payload, string PreviousHash, string Hash, string? Principal = null)
{
    /// <summary>The action of issuing an act.</summary>
    public const string Issue = "issue";

    /// <summary>The action of changing an act's status.</summary>
    public const string Status = "status";

    /// <summary>The action of publishing a template version (version 1 is published by "shipped").</summary>
    public const string Publish = "publish";

    /// <summary>The action of registering an office (<c>office add</c>).</summary>
    public const string RegisterOffice = "register-office";

    /// <summary>The action of adding a person.</summary>
    public const string AddPerson = "add-person";

    /// <summary>The action of disabling a person.</summary>
    public const string DisablePerson = "disable-person";

    /// <summary>The action of granting or taking a person's roles.</summary>
    public const string ChangeRoles = "change-roles";

    /// <summary>The action of proposing a template version, not live until another editor approves it.</summary>
    public const string ProposeTemplate = "propose-template";

    /// <summary>The action of approving a proposed template version: from then on it is live.</summary>
    public const string ApproveTemplate = "approve-template";

    /// <summary>The action of creating or changing a draft.</summary>
    public const string Draft = "draft";

    /// <summary>The action of sending a draft to its signatory.</summary>
    public const string Submit = "submit";

    /// <summary>The action of returning a draft to its drafter with remarks.</summary>
    public const string Return = "return";

    /// <summary>The action of signing a draft (an act that needs approval then awaits it).</summary>
    public const string Sign = "sign";

    /// <summary>The action of approving a signed draft (УТВЕРЖДАЮ / БЕКІТЕМІН).</summary>
    public const string Approve = "approve";

    /// <summary>The action of a person changing their own password (the payload holds only the new hash's digest).</summary>
    public const string ChangePassword = "change-password";

    /// <summary>The action of adding a machine client (<c>client add</c>).</summary>
    public const string AddClient = "add-client";

    /// <summary>The action of revoking a machine client's key (<c>client revoke</c>).</summary>
    public const string RevokeClient = "revoke-client";

    /// <summary>The action of remembering the answer to a request sent with an Idempotency-Key (subject "answer {key}").</summary>
    public const string RememberAnswer = "remember-answer";

    /// <summary>The action of forgetting the remembered answers older than the time they are kept for (subject "answers before {instant}";
    /// the payload holds that instant and how many were deleted).</summary>
    public const string ForgetAnswers = "forget-answers";

    /// <summary>The action of attaching the signatory's PAdES signature to an issued act (the payload records the signed PDF's SHA-256).</summary>
    public const string AttachSignature = "attach-signature";

    /// <summary>The action of entering an enforcement proceeding tracked for p. 17's indicators (subject "proceeding {id}").</summary>
    public const string TrackProceeding = "track-proceeding";

    /// <summary>The action of changing a tracked enforcement proceeding (its figures, flags or linked acts).</summary>
    public const string ChangeProceeding = "change-proceeding";

    /// <summary>The action of recording a tracked proceeding's recovered sum as of a day (subject "proceeding {id}"), in its history.</summary>
    public const string RecordRecovery = "record-recovery";

    /// <summary>The action of recording an annual check an office held of the departments of justice and private bailiffs (subject "check {id}"; p. 11).</summary>
    public const string RecordCheck = "record-check";

    /// <summary>The action of sealing a chain written before keys with the audit key (every earlier entry hashed again under it).</summary>
    public const string SealChain = "seal-chain";
}
