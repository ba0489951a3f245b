namespace Supervision.Api.Proceedings;

/// <summary>A page of tracked proceedings, ordered by id.</summary>
/// <param name="Items">The proceedings on this page.</param>
/// <param name="Offset">How many were skipped.</param>
/// <param name="Limit">The most a page holds.</param>
/// <param name="Total">How many match the filters in all pages.</param>
/// <param name="Next">The path of the next page with the same filters; null on the last page.</param>
public sealed record ProceedingPage(IReadOnlyList<ProceedingView> Items, int Offset, int Limit, int Total, string? Next);
