using System.Globalization;
using System.Text;
using Supervision.Acts;
using Supervision.Register;
using Supervision.Vocabulary;

namespace Supervision.Api.Register;

/// <summary>The control page's list of the periodic reports the office owes the General Prosecutor's Office (p. 11, 12):
/// each with its kind, period (for a check report owed after a recorded check, the check's days), due day and whether that day has passed.</summary>
internal static class OwedReportsSection
{
    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    public static void Append(StringBuilder page, IReadOnlyList<OwedReport> owed, ControlPageLabels labels)
    {
        page.Append(CultureInfo.InvariantCulture, $"<section id=\"reports-owed\">\n<h2>{ControlPage.E(labels.OwedReports)}</h2>\n");
        if (owed.Count == 0)
        {
            page.Append(CultureInfo.InvariantCulture, $"<p class=\"empty\">{ControlPage.E(labels.OwedNone)}</p>\n</section>\n");
            return;
        }

        var vocabulary = ActVocabulary.For(labels.Language);
        page.Append(CultureInfo.InvariantCulture, $"<table>\n<thead><tr><th>{ControlPage.E(labels.OwedReport)}</th><th>{ControlPage.E(labels.OwedPeriod)}</th><th>{ControlPage.E(labels.OwedDue)}</th><th>{ControlPage.E(labels.OwedState)}</th></tr></thead>\n<tbody>\n");
        foreach (var report in owed)
        {
            var title = vocabulary.KindTitle(report.Kind);
            // A check report owed after a recorded check covers the days of that check; a yearly one, its year.
            var period = report.Check is { } check
                ? $"{ControlPage.Day(check.Entry.CheckStart)} – {ControlPage.Day(check.Entry.CheckEnd)}"
                : report.Period.Quarter is { } quarter
                ? string.Format(CultureInfo.InvariantCulture, labels.QuarterPeriod, labels.Language == ActLanguage.Ru ? Roman[quarter - 1] : quarter.ToString(CultureInfo.InvariantCulture), report.Period.Year)
                : string.Format(CultureInfo.InvariantCulture, labels.YearPeriod, report.Period.Year);
            var state = report.Overdue ? labels.OwedOverdue : labels.OwedInTerm;
            page.Append(CultureInfo.InvariantCulture, $"<tr class=\"{(report.Overdue ? "overdue" : "due")}\" data-kind=\"{EnumNames.Of(report.Kind)}\"><td>{ControlPage.E(char.ToUpperInvariant(title[0]) + title[1..])}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{ControlPage.E(period)}</td><td class=\"n\">{ControlPage.Day(report.Due)}</td><td>{ControlPage.E(state)}</td></tr>\n");
        }

        page.Append("</tbody>\n</table>\n</section>\n");
    }
}
