using System.Data.Common;
using Supervision.Acts;
using Supervision.Law;
using Supervision.Reading;
using Supervision.Validation;

namespace Supervision.Register;

/// <summary>
/// The periodic reports an office owes (p. 11, 12): for each kind its level signs by the policy (a regional office's
/// quarterly analysis and annual summary), each quarter and year that ended within report-tables.json's look-back
/// before the day looked from, due by the legal frame's delivery day of the month after it, and not yet issued by the
/// office (an act of that kind naming that period, not withdrawn); and, where its level signs check reports, the
/// check report of each year (<see cref="CheckReportsOwed"/>).
/// </summary>
internal static class ReportsOwed
{
    public static async Task<IReadOnlyList<OwedReport>> ListAsync(DbConnection connection, RegisteredOffice office, DateOnly asOf, ActPolicy policy, CancellationToken cancellationToken)
    {
        var earliest = asOf.AddMonths(-ReportTableWords.Default.OwedLookBackMonths);
        var checks = policy.Signatories(ActKind.CheckReport, office.Level).Count > 0
            ? await CheckReportsOwed.ListAsync(connection, office, earliest, asOf, cancellationToken).ConfigureAwait(false)
            : [];
        var kinds = PrefilledReports.Kinds.Where(kind => policy.Signatories(kind, office.Level).Count > 0).ToList();
        var periods = Periods(earliest, asOf).Where(period => kinds.Contains(KindOf(period))).ToList();
        if (periods.Count == 0)
        {
            return [.. checks.OrderBy(owed => owed.Due)];
        }

        // The office's reports dated from the first period's start: a handful a year, read whole to learn the period each names.
        var issued = await Sql.ListAsync(
            connection,
            null,
            $"SELECT act_json FROM issued_acts WHERE office_code = @office AND kind IN ({string.Join(", ", kinds.Select((_, i) => $"@kind{i}"))}) AND status <> 'withdrawn' AND act_date >= @since",
            [("office", office.Code), ("since", periods.Min(period => period.From)), .. kinds.Select((kind, i) => ($"kind{i}", (object?)EnumNames.Of(kind)))],
            reader => reader.Text("act_json"),
            cancellationToken).ConfigureAwait(false);
        var done = issued.Select(json => ActReader.Read(json)).Select(read => read.Succeeded ? PeriodOf(read.Act!) : null).OfType<ReportPeriod>().ToHashSet();
        return
        [
            .. periods
                .Where(period => !done.Contains(period))
                .Select(period => (Period: period, Due: DueDay(period)))
                .Where(owed => owed.Due is not null)
                .Select(owed => new OwedReport(KindOf(owed.Period), owed.Period, owed.Due!.Value, asOf > owed.Due!.Value))
                .Concat(checks)
                .OrderBy(owed => owed.Due)
                .ThenBy(owed => owed.Kind),
        ];
    }

    /// <summary>The quarters and years that ended on a day from <paramref name="earliest"/> to the day before <paramref name="asOf"/>.</summary>
    private static IEnumerable<ReportPeriod> Periods(DateOnly earliest, DateOnly asOf)
    {
        for (var year = earliest.Year - 1; year <= asOf.Year; year++)
        {
            foreach (var period in new[] { new ReportPeriod(year, 1), new ReportPeriod(year, 2), new ReportPeriod(year, 3), new ReportPeriod(year, 4), new ReportPeriod(year) })
            {
                if (period.To >= earliest && period.To < asOf)
                {
                    yield return period;
                }
            }
        }
    }

    private static ActKind KindOf(ReportPeriod period) => period.Quarter is null ? ActKind.AnnualSummary : ActKind.QuarterlyAnalysis;

    private static ReportPeriod? PeriodOf(Act act) => act switch
    {
        QuarterlyAnalysis { Year: { } year, Quarter: { } quarter } => new ReportPeriod(year, quarter),
        AnnualSummary { Year: { } year } => new ReportPeriod(year),
        _ => null,
    };

    /// <summary>The delivery day of the legal frame in force the day after the period, as the validator warns of a late report.</summary>
    private static DateOnly? DueDay(ReportPeriod period)
    {
        var day = period.To.AddDays(1);
        Act act = period.Quarter is { } quarter
            ? new QuarterlyAnalysis { Year = period.Year, Quarter = quarter, Date = day }
            : new AnnualSummary { Year = period.Year, Date = day };
        return DeliveryTerms.Due(act, LegalFrames.Default);
    }
}
