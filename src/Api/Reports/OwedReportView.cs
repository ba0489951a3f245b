using Supervision.Acts;
using Supervision.Api.Register;
using Supervision.Register;

namespace Supervision.Api.Reports;

/// <summary>A report owed, as the API shows it.</summary>
/// <param name="Kind">The kind: quarterly-analysis, annual-summary or check-report.</param>
/// <param name="Year">The year it covers (for a check report, the year the check is held in).</param>
/// <param name="Quarter">The quarter it covers; null for the annual summary.</param>
/// <param name="From">The first day of the period (YYYY-MM-DD).</param>
/// <param name="To">The last day of the period.</param>
/// <param name="Due">The day it is due.</param>
/// <param name="Overdue">Whether the due day has passed.</param>
/// <param name="Draft">Where to make its draft pre-filled (POST): with the tables filled, or for a check report owed after a
/// recorded check, with the check's days and objects; null for a yearly check report no recorded check stands behind.</param>
/// <param name="Check">For a check report owed after a recorded check: the check's id (<c>GET /api/register/checks</c>); else null.
/// Its <c>from</c> and <c>to</c> are then the check's first and last days.</param>
public sealed record OwedReportView(string Kind, int Year, int? Quarter, string From, string To, string Due, bool Overdue, string? Draft, long? Check)
{
    /// <summary>The view of a report owed.</summary>
    public static OwedReportView Of(OwedReport owed)
    {
        ArgumentNullException.ThrowIfNull(owed);
        var kind = EnumNames.Of(owed.Kind);
        if (owed.Check is { } check)
        {
            return new(kind, owed.Period.Year, null, QueryValues.Show(check.Entry.CheckStart), QueryValues.Show(check.Entry.CheckEnd), QueryValues.Show(owed.Due), owed.Overdue, HeldChecks.HeldCheckView.DraftPath(check.Id), check.Id);
        }

        var query = owed.Period.Quarter is { } quarter
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"year={owed.Period.Year}&quarter={quarter}")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"year={owed.Period.Year}");
        return new(kind, owed.Period.Year, owed.Period.Quarter, QueryValues.Show(owed.Period.From), QueryValues.Show(owed.Period.To), QueryValues.Show(owed.Due), owed.Overdue, PrefilledReports.Kinds.Contains(owed.Kind) ? $"/api/drafts/prefilled/{kind}?{query}" : null, null);
    }
}
