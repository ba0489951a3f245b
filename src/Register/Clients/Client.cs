namespace Supervision.Register;

/// <summary>A machine client of the register, as lists show it: never its key or the key's digest.</summary>
/// <param name="Name">The name, lowercase, never changed (what the audit trail and the acts it drafts name).</param>
/// <param name="OfficeCode">The office it works for, or null.</param>
/// <param name="Scopes">What its key lets it do.</param>
/// <param name="AddedBy">Who added it.</param>
/// <param name="AddedAt">When (UTC, to the millisecond).</param>
/// <param name="RevokedBy">Who revoked its key, or null while the key is valid.</param>
/// <param name="RevokedAt">When, or null.</param>
public sealed record Client(
    string Name,
    string? OfficeCode,
    IReadOnlyList<ClientScope> Scopes,
    string AddedBy,
    DateTimeOffset AddedAt,
    string? RevokedBy,
    DateTimeOffset? RevokedAt)
{
    /// <summary>Whether the key was revoked.</summary>
    public bool IsRevoked => RevokedAt is not null;

    /// <summary>The principal the client acts as.</summary>
    public Principal Principal => Principal.ForClient(Name, OfficeCode, Scopes);
}
