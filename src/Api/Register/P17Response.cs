using Supervision.Register;

namespace Supervision.Api.Register;

/// <summary>p. 17's indicators over the tracked proceedings: per office, and in total. Shares are to four decimals, null where nothing is due or in execution.</summary>
/// <param name="Office">The office asked for (with those below it), or null for every office the caller reads.</param>
/// <param name="From">The first day of the period.</param>
/// <param name="To">The last day of the period.</param>
/// <param name="Offices">Per office with tracked proceedings in execution in the period.</param>
/// <param name="Total">All of them together.</param>
public sealed record P17Response(string? Office, DateOnly From, DateOnly To, IReadOnlyList<P17Office> Offices, P17Figures Total)
{
    /// <summary>The answer for computed indicators.</summary>
    public static P17Response Of(P17Indicators indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        return new(indicators.Query.OfficeCode, indicators.Query.From, indicators.Query.To, indicators.Offices, indicators.Total);
    }
}
