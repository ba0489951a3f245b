using Supervision.Acts;

namespace Supervision.Register;

/// <summary>
/// A prosecutor's office as the register knows it. An office registered with <c>office add</c> has
/// its names, its superior and who registered it; one the register created when the first act was
/// issued under its index has only its index and level until it is registered.
/// </summary>
/// <param name="Code">The registration index that heads its numbers ("2-11").</param>
/// <param name="Level">District, regional or general.</param>
/// <param name="NameKk">The office's name in Kazakh, or null before registration.</param>
/// <param name="NameRu">The office's name in Russian, or null before registration.</param>
/// <param name="SuperiorCode">The index of the office above it; null for the General Prosecutor's Office and before registration.</param>
/// <param name="RegisteredBy">Who registered it, or null before registration.</param>
/// <param name="RegisteredAt">When (UTC, to the millisecond), or null before registration.</param>
public sealed record RegisteredOffice(
    string Code,
    OfficeLevel Level,
    string? NameKk,
    string? NameRu,
    string? SuperiorCode,
    string? RegisteredBy,
    DateTimeOffset? RegisteredAt)
{
    /// <summary>Whether <c>office add</c> has registered it (it has names).</summary>
    public bool IsRegistered => RegisteredAt is not null;
}
