namespace Supervision.Api.HeldChecks;

/// <summary>A page of held checks, the latest check first.</summary>
/// <param name="Items">The checks on this page.</param>
/// <param name="Offset">How many were skipped.</param>
/// <param name="Limit">The most a page holds.</param>
/// <param name="Total">How many match in all pages.</param>
/// <param name="Next">The path of the next page; null on the last page.</param>
public sealed record HeldCheckPage(IReadOnlyList<HeldCheckView> Items, int Offset, int Limit, int Total, string? Next);
