using Supervision.Acts;

namespace Supervision.Register;

/// <summary>An act on its way from its drafter through its signatory (and approver) to the register.</summary>
/// <param name="Id">The register's id of the draft.</param>
/// <param name="OfficeCode">The office it is drafted in: the drafter's.</param>
/// <param name="Kind">The kind of act.</param>
/// <param name="Language">The act's language.</param>
/// <param name="ActJson">The act as it stands, in the JSON of the act model (with the signature and approval once given).</param>
/// <param name="State">Where it stands.</param>
/// <param name="DraftedBy">The drafter: a person's login or a client's name.</param>
/// <param name="DrafterKind">Whether a person or a client drafted it.</param>
/// <param name="Signatory">The login of the person it is submitted to, once submitted.</param>
/// <param name="Remarks">The signatory's remarks when returned.</param>
/// <param name="SignedAt">When it was signed.</param>
/// <param name="ApprovedBy">The login of the approver, once approved.</param>
/// <param name="ApprovedAt">When it was approved.</param>
/// <param name="IssuedActId">The id of the issued act, once issued.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="FollowsActId">The issued act it was made from as a follow-up (a withdrawal resolution's notice), or null.</param>
public sealed record Draft(
    long Id,
    string OfficeCode,
    ActKind Kind,
    ActLanguage Language,
    string ActJson,
    DraftState State,
    string DraftedBy,
    PrincipalKind DrafterKind,
    string? Signatory,
    string? Remarks,
    DateTimeOffset? SignedAt,
    string? ApprovedBy,
    DateTimeOffset? ApprovedAt,
    long? IssuedActId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long? FollowsActId = null)
{
    /// <summary>Whether the principal drafted it.</summary>
    public bool IsDraftedBy(Principal principal) =>
        principal is not null && principal.Kind == DrafterKind && string.Equals(principal.Name, DraftedBy, StringComparison.Ordinal);
}
