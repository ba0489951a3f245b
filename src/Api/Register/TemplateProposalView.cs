using Supervision.Register;

namespace Supervision.Api.Register;

/// <summary>A template version an editor proposed: pending until another editor approves it, then live.</summary>
/// <param name="Path">The template file: "templates-ru/order.sbn".</param>
/// <param name="Version">The version's number.</param>
/// <param name="State">"proposed" (awaiting another editor) or "live" (approved; it words acts from now on).</param>
/// <param name="ProposedBy">The login of the editor who proposed it.</param>
/// <param name="ProposedAt">When (UTC).</param>
/// <param name="ApprovedBy">The login of the editor who approved it; null while proposed.</param>
/// <param name="ApprovedAt">When it was approved.</param>
public sealed record TemplateProposalView(string Path, int Version, string State, string ProposedBy, DateTimeOffset ProposedAt, string? ApprovedBy, DateTimeOffset? ApprovedAt)
{
    /// <summary>The view of a stored version.</summary>
    public static TemplateProposalView Of(TemplateVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return new(version.Path, version.Version, version.IsPending ? "proposed" : "live", version.PublishedBy, version.PublishedAt, version.ApprovedBy, version.ApprovedAt);
    }
}
