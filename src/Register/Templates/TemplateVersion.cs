namespace Supervision.Register;

/// <summary>One published version of a template file.</summary>
/// <param name="Path">"templates-ru/protest.sbn".</param>
/// <param name="Version">1 for the shipped wording, N+1 for each publication.</param>
/// <param name="Sha256">The SHA-256 of its text (UTF-8), lowercase hex.</param>
/// <param name="PublishedBy">Who published it ("shipped" for version 1).</param>
/// <param name="PublishedAt">When.</param>
/// <param name="IsLive">Whether this is the version that renders new acts (the newest of its path).</param>
public sealed record TemplateVersion(string Path, int Version, string Sha256, string PublishedBy, DateTimeOffset PublishedAt, bool IsLive);
