using Supervision.Acts;

namespace Supervision.Register;

/// <summary>A report an office owes the General Prosecutor's Office and has not issued (p. 11, 12).</summary>
/// <param name="Kind">The quarterly analysis, the annual summary or the check report.</param>
/// <param name="Period">The quarter or year it covers; for a check report, the year the check is held in.</param>
/// <param name="Due">The day it is due: the legal frame's delivery day of the month after the period (for a recorded check, after its last day).</param>
/// <param name="Overdue">Whether that day has passed on the day looked from.</param>
/// <param name="Check">For a check report owed after a check recorded as held: that check; null for a yearly one no recorded check stands behind.</param>
public sealed record OwedReport(ActKind Kind, ReportPeriod Period, DateOnly Due, bool Overdue, HeldCheck? Check = null);
