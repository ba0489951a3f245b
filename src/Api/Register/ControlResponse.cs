using Supervision.Register;

namespace Supervision.Api.Register;

/// <summary>The open acts (status issued) whose term runs out soon or has run out, a page of each list, with counts per office and per prosecutor.</summary>
/// <param name="AsOf">The day looked from.</param>
/// <param name="Days">The window: due soon means due from <paramref name="AsOf"/> to this many days after it, both included.</param>
/// <param name="Overdue">A page of the open acts due before <paramref name="AsOf"/>, longest overdue first.</param>
/// <param name="DueSoon">A page of the open acts due within the window, soonest first.</param>
/// <param name="ByOffice">Counts per office index, over the whole lists.</param>
/// <param name="ByProsecutor">Counts per prosecutor (who controls the act's execution, p. 9), over the whole lists; one group per name whatever its case, spacing or invisible characters.</param>
/// <param name="OverduePage">Where the overdue page stands: its offset, the list's total, the next page.</param>
/// <param name="DueSoonPage">Where the due-soon page stands.</param>
public sealed record ControlResponse(
    DateOnly AsOf,
    int Days,
    IReadOnlyList<ControlEntry> Overdue,
    IReadOnlyList<ControlEntry> DueSoon,
    IReadOnlyList<ControlGroup> ByOffice,
    IReadOnlyList<ControlGroup> ByProsecutor,
    ControlListPage OverduePage,
    ControlListPage DueSoonPage)
{
    /// <summary>The query parameter of the overdue list's offset.</summary>
    public const string OverdueOffset = "overdueOffset";

    /// <summary>The query parameter of the due-soon list's offset.</summary>
    public const string DueSoonOffset = "dueSoonOffset";

    /// <summary>The answer for a control report asked by the request (whose path and query the next pages keep).</summary>
    public static ControlResponse Of(ControlReport report, int days, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(report);
        ControlEntry Entry(ActSummary act) => new(IssuedActSummary.Of(act), act.DueDate!.Value.DayNumber - report.AsOf.DayNumber);
        ControlListPage Page(string name, int offset, int total) => new(offset, report.Limit, total, PageLinks.Next(request, name, offset, report.Limit, total));
        return new(
            report.AsOf,
            days,
            [.. report.Overdue.Select(Entry)],
            [.. report.DueSoon.Select(Entry)],
            report.ByOffice,
            report.ByProsecutor,
            Page(OverdueOffset, report.OverdueOffset, report.OverdueTotal),
            Page(DueSoonOffset, report.DueSoonOffset, report.DueSoonTotal));
    }
}
