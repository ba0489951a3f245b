using Supervision.Acts;
using Supervision.Api.Drafts;
using Supervision.Register;

namespace Supervision.Api.FollowUps;

/// <summary>A follow-up draft made from an issued act.</summary>
/// <param name="DraftId">The draft's id (<c>/api/drafts/{id}</c>).</param>
/// <param name="Kind">Its kind: "withdrawal-notice", ...</param>
/// <param name="State">"draft", "submitted", "returned", "awaiting-approval" or "issued".</param>
/// <param name="IssuedActId">The act it was issued as (<c>/api/acts/issued/{id}</c>), once issued.</param>
/// <param name="Draft">The draft's address.</param>
/// <param name="RegistrationNumber">The registration number of the act it was issued as ("2-11-25/18"), once issued.</param>
public sealed record FollowUpMadeView(long DraftId, string Kind, string State, long? IssuedActId, string Draft, string? RegistrationNumber)
{
    /// <summary>The view of a follow-up the register holds.</summary>
    public static FollowUpMadeView Of(FollowUpMade made)
    {
        ArgumentNullException.ThrowIfNull(made);
        return new(made.DraftId, EnumNames.Of(made.Kind), EnumNames.Of(made.State), made.IssuedActId, DraftAnswers.Link(made.DraftId), made.RegistrationNumber);
    }
}
