namespace Supervision.Api.Acts;

/// <summary>A kind of act the service writes, with its title in both languages.</summary>
/// <param name="Kind">The kind as the API spells it: "order", "review-conclusion".</param>
/// <param name="Titles">Its title in Kazakh and Russian, lower case, as printed.</param>
public sealed record ActKindSummary(string Kind, ActKindTitles Titles);
