namespace Supervision.Api.Register;

/// <summary>Where one control list's page stands in the whole list.</summary>
/// <param name="Offset">How many acts of the list were skipped before this page.</param>
/// <param name="Limit">The most a page holds.</param>
/// <param name="Total">How many acts the list holds in all.</param>
/// <param name="Next">The path of the list's next page (the same query, this list's offset moved on); null on the last page.</param>
public sealed record ControlListPage(int Offset, int Limit, int Total, string? Next);
