namespace Supervision.Api.FollowUps;

/// <summary>The documents that may follow an issued act and those made from it.</summary>
/// <param name="ActId">The issued act's id.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="RegistrationNumber">Its registration number.</param>
/// <param name="Offered">The kinds that may follow it at its office's level (follow-ups.json), each with where to make its draft.</param>
/// <param name="Links">The act it follows and the follow-ups made from it.</param>
public sealed record FollowUpsView(long ActId, string Kind, string RegistrationNumber, IReadOnlyList<FollowUpOffer> Offered, FollowUpLinksView Links);
