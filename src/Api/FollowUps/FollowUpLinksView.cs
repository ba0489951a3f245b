using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Api.FollowUps;

/// <summary>How an issued act is tied to others: the act it follows, and the follow-ups made from it.</summary>
/// <param name="LinkedFrom">The id of the issued act it was made from as a follow-up (<c>/api/acts/issued/{id}</c>), or null.</param>
/// <param name="Made">The follow-up drafts made from it, oldest first.</param>
public sealed record FollowUpLinksView(long? LinkedFrom, IReadOnlyList<FollowUpMadeView> Made)
{
    /// <summary>The registration number of the act it follows ("2-11-25/17"); null where it follows none.</summary>
    public string? LinkedFromNumber { get; init; }

    /// <summary>The kind of the act it follows ("withdrawal-resolution"); null where it follows none.</summary>
    public string? LinkedFromKind { get; init; }

    /// <summary>The view of the links the register holds.</summary>
    public static FollowUpLinksView Of(FollowUpLinks links)
    {
        ArgumentNullException.ThrowIfNull(links);
        return new(links.LinkedFrom, [.. links.Made.Select(FollowUpMadeView.Of)])
        {
            LinkedFromNumber = links.LinkedFromNumber,
            LinkedFromKind = links.LinkedFromKind is { } kind ? EnumNames.Of(kind) : null,
        };
    }
}
