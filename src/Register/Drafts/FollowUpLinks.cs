using Supervision.Acts;

namespace Supervision.Register;

/// <summary>How an issued act is tied to others by follow-ups: the act it was made from, and the drafts made from it.</summary>
/// <param name="LinkedFrom">The id of the issued act it follows (its draft was made from that act), or null.</param>
/// <param name="Made">The follow-up drafts made from it, oldest first, with the acts they were issued as.</param>
public sealed record FollowUpLinks(long? LinkedFrom, IReadOnlyList<FollowUpMade> Made)
{
    /// <summary>The registration number of the act it follows ("2-11-25/17"), so that a page names it; null where it follows none.</summary>
    public string? LinkedFromNumber { get; init; }

    /// <summary>The kind of the act it follows; null where it follows none.</summary>
    public ActKind? LinkedFromKind { get; init; }
}

/// <summary>One follow-up draft made from an issued act.</summary>
/// <param name="DraftId">The draft's id.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="State">Where it stands.</param>
/// <param name="IssuedActId">The act it was issued as, once issued.</param>
/// <param name="RegistrationNumber">That act's registration number, once issued.</param>
public sealed record FollowUpMade(long DraftId, ActKind Kind, DraftState State, long? IssuedActId, string? RegistrationNumber);
