using System.Data.Common;
using Supervision.Acts;
using Supervision.Law;
using Supervision.Reading;

namespace Supervision.Register;

/// <summary>
/// The check reports an office owes (p. 11): its prosecutor checks the territorial departments of justice and the
/// private bailiffs at least once a year and informs the General Prosecutor's Office by the delivery day of the month
/// after the check. One report per check held: each check a controller recorded (<see cref="HeldChecks"/>) that ended by
/// the day looked from is owed, due by the legal frame's delivery day of the month after its last day, until the office
/// issues a check report whose check period (its start to its end) covers the recorded check's days. A year in which no
/// check is recorded still owes its yearly report, as before checks were recorded: until a check report of the office
/// whose check ended in that year is issued, due on the latest day it can be, as if the check ended on 31 December (the
/// frame's delivery day of January, 7 January in the seed's frame). The current year is listed too, in term, so that a
/// year without a check shows before it is too late to hold one.
/// </summary>
internal static class CheckReportsOwed
{
    public static async Task<IReadOnlyList<OwedReport>> ListAsync(DbConnection connection, RegisteredOffice office, DateOnly earliest, DateOnly asOf, CancellationToken cancellationToken)
    {
        var years = Enumerable.Range(earliest.Year, asOf.Year - earliest.Year + 1).ToList();
        var since = new DateOnly(years[0], 1, 1);

        // The office's check reports dated from the first year's start: one or a few a year, read whole to learn the check's days.
        var issued = await Sql.ListAsync(
            connection,
            null,
            "SELECT act_json FROM issued_acts WHERE office_code = @office AND kind = @kind AND status <> 'withdrawn' AND act_date >= @since",
            [("office", office.Code), ("kind", EnumNames.Of(ActKind.CheckReport)), ("since", since)],
            reader => reader.Text("act_json"),
            cancellationToken).ConfigureAwait(false);
        var reported = issued
            .Select(json => ActReader.Read(json))
            .Select(read => read.Succeeded && read.Act is CheckReport { CheckStart: { } start, CheckEnd: { } end } ? (Start: start, End: end) : ((DateOnly Start, DateOnly End)?)null)
            .OfType<(DateOnly Start, DateOnly End)>()
            .ToList();

        // The checks recorded as held, ended within the years looked at and by the day looked from.
        var held = await HeldCheckRows.SelectAsync(
            connection,
            null,
            "office_code = @office AND check_end >= @since AND check_end <= @asOf",
            [("office", office.Code), ("since", since), ("asOf", asOf)],
            null,
            cancellationToken).ConfigureAwait(false);
        var owedForChecks = held
            .Where(check => !reported.Any(report => report.Start <= check.Entry.CheckStart && report.End >= check.Entry.CheckEnd))
            .Select(check => (Check: check, Due: DueDay(check.Entry.CheckEnd)))
            .Where(owed => owed.Due is not null)
            .Select(owed => new OwedReport(ActKind.CheckReport, new ReportPeriod(owed.Check.Entry.CheckEnd.Year), owed.Due!.Value, asOf > owed.Due!.Value, owed.Check));

        var yearsWithChecks = held.Select(check => check.Entry.CheckEnd.Year).ToHashSet();
        var reportedYears = reported.Select(report => report.End.Year).ToHashSet();
        var owedForYears = years
            .Where(year => !yearsWithChecks.Contains(year) && !reportedYears.Contains(year))
            .Select(year => (Year: year, Due: DueDay(new DateOnly(year, 12, 31))))
            .Where(owed => owed.Due is not null)
            .Select(owed => new OwedReport(ActKind.CheckReport, new ReportPeriod(owed.Year), owed.Due!.Value, asOf > owed.Due!.Value));
        return [.. owedForChecks.Concat(owedForYears)];
    }

    /// <summary>The delivery day for a check ending on <paramref name="end"/>, by the legal frame in force the day after.</summary>
    private static DateOnly? DueDay(DateOnly end) =>
        DeliveryTerms.Due(new CheckReport { CheckEnd = end, Date = end.AddDays(1) }, LegalFrames.Default);
}
