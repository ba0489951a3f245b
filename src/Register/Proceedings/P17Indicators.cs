namespace Supervision.Register;

/// <summary>p. 17's indicators for a query: per office, and all offices together.</summary>
/// <param name="Query">The query answered.</param>
/// <param name="Offices">Per office that has tracked proceedings in the period, by office index.</param>
/// <param name="Total">All of them together.</param>
public sealed record P17Indicators(P17Query Query, IReadOnlyList<P17Office> Offices, P17Figures Total);

/// <summary>One office's figures.</summary>
/// <param name="OfficeCode">Its index.</param>
/// <param name="NameKk">Its registered Kazakh name, where registered.</param>
/// <param name="NameRu">Its registered Russian name, where registered.</param>
/// <param name="Figures">Its figures.</param>
public sealed record P17Office(string OfficeCode, string? NameKk, string? NameRu, P17Figures Figures);
