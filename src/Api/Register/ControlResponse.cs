using Supervision.Register;

namespace Supervision.Api.Register;

/// <summary>The open acts (status issued) whose term runs out soon or has run out, with counts per office and per prosecutor.</summary>
/// <param name="AsOf">The day looked from.</param>
/// <param name="Days">The window: due soon means due from <paramref name="AsOf"/> to this many days after it, both included.</param>
/// <param name="Overdue">Open acts due before <paramref name="AsOf"/>, longest overdue first.</param>
/// <param name="DueSoon">Open acts due within the window, soonest first.</param>
/// <param name="ByOffice">Counts per office index.</param>
/// <param name="ByProsecutor">Counts per prosecutor (who controls the act's execution, p. 9).</param>
public sealed record ControlResponse(
    DateOnly AsOf,
    int Days,
    IReadOnlyList<ControlEntry> Overdue,
    IReadOnlyList<ControlEntry> DueSoon,
    IReadOnlyList<ControlGroup> ByOffice,
    IReadOnlyList<ControlGroup> ByProsecutor)
{
    /// <summary>The answer for a control report.</summary>
    public static ControlResponse Of(ControlReport report, int days)
    {
        ArgumentNullException.ThrowIfNull(report);
        ControlEntry Entry(IssuedAct act) => new(IssuedActSummary.Of(act), act.DueDate!.Value.DayNumber - report.AsOf.DayNumber);
        return new(report.AsOf, days, [.. report.Overdue.Select(Entry)], [.. report.DueSoon.Select(Entry)], report.ByOffice, report.ByProsecutor);
    }
}
