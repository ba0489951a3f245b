using System.Text.Json.Serialization;

namespace Supervision.Register;

/// <summary>
/// Where a draft stands. A draft goes to its signatory (submitted), who returns it with remarks or
/// signs it; an act that needs approval (a conclusion, a review conclusion) then awaits the approver — the participating prosecutor signs and reports to his superior, who approves (seed p. 6,
/// p. 8) — and is issued with the approval; any other act is issued with the signature.
/// </summary>
public enum DraftState
{
    /// <summary>Being written by its drafter.</summary>
    [JsonStringEnumMemberName("draft")] Draft,

    /// <summary>With its signatory.</summary>
    [JsonStringEnumMemberName("submitted")] Submitted,

    /// <summary>Back with its drafter, with the signatory's remarks.</summary>
    [JsonStringEnumMemberName("returned")] Returned,

    /// <summary>Signed, awaiting approval.</summary>
    [JsonStringEnumMemberName("awaiting-approval")] AwaitingApproval,

    /// <summary>Issued: linked to its act in the register, never changed again.</summary>
    [JsonStringEnumMemberName("issued")] Issued,
}
