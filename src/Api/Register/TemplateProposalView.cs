using Supervision.Register;

namespace Supervision.Api.Register;

/// <summary>A template version an editor proposed: pending until another editor approves it, then live.</summary>
/// <param name="Path">The template file: "templates-ru/order.sbn".</param>
/// <param name="Version">The version's number.</param>
/// <param name="State">"proposed" (awaiting another editor) or "live" (approved; it words acts from now on).</param>
/// <param name="ProposedBy">The login of the editor who proposed it.</param>
/// <param name="ProposedByName">That editor's full name, where the register holds the person.</param>
/// <param name="ProposedAt">When (UTC).</param>
/// <param name="ApprovedBy">The login of the editor who approved it; null while proposed.</param>
/// <param name="ApprovedByName">That editor's full name.</param>
/// <param name="ApprovedAt">When it was approved.</param>
public sealed record TemplateProposalView(string Path, int Version, string State, string ProposedBy, string? ProposedByName, DateTimeOffset ProposedAt, string? ApprovedBy, string? ApprovedByName, DateTimeOffset? ApprovedAt)
{
    /// <summary>The view of a stored version, its editors named from <paramref name="names"/>.</summary>
    public static TemplateProposalView Of(TemplateVersion version, PersonNames names)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(names);
        return new(
            version.Path,
            version.Version,
            version.IsPending ? "proposed" : "live",
            version.PublishedBy,
            names.Of(version.PublishedBy),
            version.PublishedAt,
            version.ApprovedBy,
            names.Of(version.ApprovedBy),
            version.ApprovedAt);
    }
}
