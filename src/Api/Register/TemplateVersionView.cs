using Supervision.Register;

namespace Supervision.Api.Register;

/// <summary>One version of a template file as the editors' history shows it: who published and approved it by login
/// and by name.</summary>
/// <param name="Path">"templates-ru/protest.sbn".</param>
/// <param name="Version">1 for the shipped wording, N+1 for each publication.</param>
/// <param name="Sha256">The SHA-256 of its text (UTF-8), lowercase hex.</param>
/// <param name="PublishedBy">Who published or proposed it: "shipped" for version 1, else an editor's login.</param>
/// <param name="PublishedByName">That editor's full name, where the register holds the person; null for "shipped".</param>
/// <param name="PublishedAt">When.</param>
/// <param name="IsLive">Whether this is the version that renders new acts.</param>
/// <param name="IsPending">Whether it is a proposal awaiting another editor's approval (never live meanwhile).</param>
/// <param name="ApprovedBy">The login of the editor who approved the proposal; null for a version published live at once.</param>
/// <param name="ApprovedByName">That editor's full name.</param>
/// <param name="ApprovedAt">When it was approved.</param>
public sealed record TemplateVersionView(
    string Path,
    int Version,
    string Sha256,
    string PublishedBy,
    string? PublishedByName,
    DateTimeOffset PublishedAt,
    bool IsLive,
    bool IsPending,
    string? ApprovedBy,
    string? ApprovedByName,
    DateTimeOffset? ApprovedAt)
{
    /// <summary>The view of a stored version, its editors named from <paramref name="names"/>.</summary>
    public static TemplateVersionView Of(TemplateVersion version, PersonNames names)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(names);
        return new(
            version.Path,
            version.Version,
            version.Sha256,
            version.PublishedBy,
            names.Of(version.PublishedBy),
            version.PublishedAt,
            version.IsLive,
            version.IsPending,
            version.ApprovedBy,
            names.Of(version.ApprovedBy),
            version.ApprovedAt);
    }

    /// <summary>The logins a list of versions names, to look up at once.</summary>
    public static IEnumerable<string?> Editors(IEnumerable<TemplateVersion> versions) =>
        versions.SelectMany(version => new[] { version.PublishedBy, version.ApprovedBy });
}
