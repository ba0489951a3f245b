using System.Data.Common;
using Supervision.Acts;
using Supervision.Law;
using Supervision.Reading;

namespace Supervision.Register;

/// <summary>
/// The check reports an office owes (p. 11): its prosecutor checks the territorial departments and the private bailiffs
/// at least once a year and informs the General Prosecutor's Office by the delivery day of the month after the check.
/// The register learns of a check from its report, so each year is owed one report until a check report of the office
/// whose check ended in that year is issued; until then the report is due on the latest day it can be, as if the check
/// ended on 31 December: the legal frame's delivery day of January (7 January in the seed's frame). The current year is
/// listed too, in term, so that a year without a check shows before it is too late to hold one.
/// </summary>
internal static class CheckReportsOwed
{
    public static async Task<IReadOnlyList<OwedReport>> ListAsync(DbConnection connection, RegisteredOffice office, DateOnly earliest, DateOnly asOf, CancellationToken cancellationToken)
    {
        var years = Enumerable.Range(earliest.Year, asOf.Year - earliest.Year + 1).ToList();

        // The office's check reports dated from the first year's start: one or a few a year, read whole to learn the check's end.
        var issued = await Sql.ListAsync(
            connection,
            null,
            "SELECT act_json FROM issued_acts WHERE office_code = @office AND kind = @kind AND status <> 'withdrawn' AND act_date >= @since",
            [("office", office.Code), ("kind", EnumNames.Of(ActKind.CheckReport)), ("since", new DateOnly(years[0], 1, 1))],
            reader => reader.Text("act_json"),
            cancellationToken).ConfigureAwait(false);
        var checkedYears = issued
            .Select(json => ActReader.Read(json))
            .Select(read => read.Succeeded && read.Act is CheckReport { CheckEnd: { } end } ? end.Year : (int?)null)
            .OfType<int>()
            .ToHashSet();
        return
        [
            .. years
                .Where(year => !checkedYears.Contains(year))
                .Select(year => (Year: year, Due: LatestDueDay(year)))
                .Where(owed => owed.Due is not null)
                .Select(owed => new OwedReport(ActKind.CheckReport, new ReportPeriod(owed.Year), owed.Due!.Value, asOf > owed.Due!.Value)),
        ];
    }

    /// <summary>The delivery day for a check ending on the year's last day, by the legal frame in force the day after.</summary>
    private static DateOnly? LatestDueDay(int year)
    {
        var end = new DateOnly(year, 12, 31);
        return DeliveryTerms.Due(new CheckReport { CheckEnd = end, Date = end.AddDays(1) }, LegalFrames.Default);
    }
}
