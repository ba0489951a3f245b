using Supervision.Acts;

namespace Supervision.FollowUps;

/// <summary>A kind of act that may follow an issued act of another kind (follow-ups.json).</summary>
/// <param name="Source">The kind of the issued act it follows.</param>
/// <param name="Kind">The kind of the follow-up.</param>
/// <param name="Basis">Where the tie comes from (the seed's paragraph, the law's article).</param>
/// <param name="Copies">The fields its draft takes from the source act, in the order the file lists them.</param>
public sealed record FollowUpRule(ActKind Source, ActKind Kind, string Basis, IReadOnlyList<FieldCopy> Copies);
