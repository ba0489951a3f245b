using System.Globalization;

namespace Supervision.Register;

/// <summary>The period a regional prosecutor's periodic report covers: a quarter of a year (p. 11) or a whole year (p. 12).</summary>
/// <param name="Year">The year.</param>
/// <param name="Quarter">The quarter, 1 to 4; null for the whole year.</param>
public sealed record ReportPeriod(int Year, int? Quarter = null)
{
    /// <summary>The first day of the period.</summary>
    public DateOnly From => new(Year, Quarter is { } quarter ? (quarter * 3) - 2 : 1, 1);

    /// <summary>The last day of the period.</summary>
    public DateOnly To => Quarter is { } quarter ? new DateOnly(Year, quarter * 3, 1).AddMonths(1).AddDays(-1) : new DateOnly(Year, 12, 31);

    /// <summary>Why the period cannot be reported on (a quarter outside 1 to 4, a year outside 2000 to 9998), or null.</summary>
    public string? Problem =>
        Quarter is < 1 or > 4 ? $"the quarter is {Quarter}: 1 to 4"
        : Year is < 2000 or > 9998 ? $"the year is {Year.ToString(CultureInfo.InvariantCulture)}: 2000 to 9998"
        : null;
}
