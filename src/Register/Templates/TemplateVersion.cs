namespace Supervision.Register;

/// <summary>One published version of a template file.</summary>
/// <param name="Path">"templates-ru/protest.sbn".</param>
/// <param name="Version">1 for the shipped wording, N+1 for each publication.</param>
/// <param name="Sha256">The SHA-256 of its text (UTF-8), lowercase hex.</param>
/// <param name="PublishedBy">Who published or proposed it ("shipped" for version 1; an editor's login for a proposal).</param>
/// <param name="PublishedAt">When.</param>
/// <param name="IsLive">Whether this is the version that renders new acts (the newest of its path not awaiting approval).</param>
/// <param name="IsPending">Whether it is a proposal awaiting another editor's approval (never live meanwhile).</param>
/// <param name="ApprovedBy">The editor who approved the proposal; null for a version published live at once (shipped, or before four eyes).</param>
/// <param name="ApprovedAt">When it was approved (UTC, to the millisecond).</param>
public sealed record TemplateVersion(
    string Path,
    int Version,
    string Sha256,
    string PublishedBy,
    DateTimeOffset PublishedAt,
    bool IsLive,
    bool IsPending = false,
    string? ApprovedBy = null,
    DateTimeOffset? ApprovedAt = null);
