using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Supervision.Acts;
using Supervision.Register;
using Supervision.Vocabulary;

namespace Supervision.Api.Register;

/// <summary>
/// The execution control page as HTML: a form for office, prosecutor, day and window, the overdue and
/// due-soon acts with links to their documents, and counts per office and per prosecutor. One self-contained
/// page: inline style, no script, nothing fetched from elsewhere.
/// </summary>
internal static class ControlPage
{
    public const string Path = "/register/control";

    private const string Style =
        "body{font:15px/1.4 'Liberation Sans',Arial,sans-serif;margin:1.5rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1b}"
        + "header{display:flex;justify-content:space-between;align-items:baseline;gap:1rem;flex-wrap:wrap}"
        + "h1{font-size:1.4rem;margin:0}h2{font-size:1.1rem;margin:1.5rem 0 .5rem}.subtitle{color:#555;margin:.2rem 0 1rem}"
        + "nav a{margin-left:.75rem}nav a[aria-current]{font-weight:bold;text-decoration:none;color:inherit}"
        + "form{display:flex;flex-wrap:wrap;gap:.75rem;align-items:end;background:#f4f6f8;padding:.75rem;border-radius:4px}"
        + "label{display:flex;flex-direction:column;font-size:.85rem;gap:.2rem}input{font:inherit;padding:.25rem .4rem}"
        + "button{font:inherit;padding:.35rem .9rem}table{border-collapse:collapse;width:100%}"
        + "th,td{border-bottom:1px solid #d6dade;padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#f4f6f8;font-size:.85rem}"
        + "td.n,th.n{text-align:right;white-space:nowrap}.overdue td.n{color:#a40000;font-weight:bold}.empty{color:#555}";

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>The page for a control report and the query that asked for it.</summary>
    public static string Render(ControlReport report, ControlQuery query, ControlPageLabels labels, string signedInAs, IReadOnlyList<OwedReport> owed)
    {
        var (office, prosecutor, days) = (query.OfficeCode, query.Prosecutor, query.DueSoonDays);
        var language = EnumNames.Of(labels.Language);
        var page = new StringBuilder(16 * 1024);
        page.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"{language}\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append(CultureInfo.InvariantCulture, $"<title>{E(labels.Title)}</title>\n<style>{Style}</style>\n</head>\n<body>\n<header>\n<h1>{E(labels.Title)}</h1>\n<nav>");
        // The tracked proceedings behind p. 17's indicators, in the same language.
        page.Append(CultureInfo.InvariantCulture, $"<a href=\"{Supervision.Api.Pages.PagesSetup.ProceedingsPath}?lang={language}\" class=\"proceedings\">{E(labels.Proceedings)}</a>");
        foreach (var other in new[] { ControlPageLabels.Kazakh, ControlPageLabels.Russian })
        {
            var code = EnumNames.Of(other.Language);
            var current = other.Language == labels.Language ? " aria-current=\"page\"" : string.Empty;
            page.Append(CultureInfo.InvariantCulture, $"<a href=\"{E(Link(code, query))}\" hreflang=\"{code}\" lang=\"{code}\"{current}>{(other.Language == ActLanguage.Kk ? "Қазақша" : "Русский")}</a>");
        }

        page.Append(CultureInfo.InvariantCulture, $"</nav>\n<p class=\"who\">{E(labels.SignedInAs)} <strong>{E(signedInAs)}</strong></p>\n</header>\n<p class=\"subtitle\">{E(labels.Subtitle)}</p>\n")
            .Append(CultureInfo.InvariantCulture, $"<form method=\"get\" action=\"{Path}\">\n<input type=\"hidden\" name=\"lang\" value=\"{language}\">\n")
            .Append(CultureInfo.InvariantCulture, $"<label>{E(labels.Office)}<input name=\"office\" value=\"{E(office ?? string.Empty)}\" maxlength=\"{RegistrationNumbers.MaxOfficeCodeLength}\" placeholder=\"2-11\"></label>\n")
            .Append(CultureInfo.InvariantCulture, $"<label>{E(labels.Prosecutor)}<input name=\"prosecutor\" value=\"{E(prosecutor ?? string.Empty)}\" size=\"32\"></label>\n")
            .Append(CultureInfo.InvariantCulture, $"<label>{E(labels.AsOf)}<input type=\"date\" name=\"asOf\" value=\"{E(QueryValues.Show(report.AsOf))}\"></label>\n")
            .Append(CultureInfo.InvariantCulture, $"<label>{E(labels.Days)}<input type=\"number\" name=\"days\" min=\"0\" max=\"{RegisterController.MaxDays}\" value=\"{days}\"></label>\n")
            .Append(CultureInfo.InvariantCulture, $"<button type=\"submit\">{E(labels.Show)}</button>\n</form>\n")
            .Append("<p class=\"summary\">")
            .Append(E(string.Format(CultureInfo.InvariantCulture, labels.Summary, Day(report.AsOf), report.OverdueTotal, days, report.DueSoonTotal)))
            .Append("</p>\n");

        OwedReportsSection.Append(page, owed, labels);
        Acts(page, "overdue", labels.Overdue, labels.DaysOverdue, (report.Overdue, report.OverdueOffset, report.OverdueTotal), act => report.AsOf.DayNumber - act.DueDate!.Value.DayNumber, labels);
        Pages(page, labels, report.Limit, report.OverdueOffset, report.Overdue.Count, report.OverdueTotal, offset => Link(language, query with { OverdueOffset = offset }));
        page.Append("</section>\n");
        Acts(page, "due-soon", labels.DueSoon, labels.DaysLeft, (report.DueSoon, report.DueSoonOffset, report.DueSoonTotal), act => act.DueDate!.Value.DayNumber - report.AsOf.DayNumber, labels);
        Pages(page, labels, report.Limit, report.DueSoonOffset, report.DueSoon.Count, report.DueSoonTotal, offset => Link(language, query with { DueSoonOffset = offset }));
        page.Append("</section>\n");
        Groups(page, "by-office", labels.ByOffice, labels.OfficeColumn, report.ByOffice, labels);
        Groups(page, "by-prosecutor", labels.ByProsecutor, labels.Prosecutor, report.ByProsecutor, labels);
        page.Append("</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>The page's address with its filters and pages, in a language.</summary>
    public static string Link(string language, ControlQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new List<string> { $"lang={language}" };
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parameters.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        string? Number(int value, int fallback) => value == fallback ? null : value.ToString(CultureInfo.InvariantCulture);
        Add("office", query.OfficeCode);
        Add("prosecutor", query.Prosecutor);
        Add("asOf", query.AsOf is { } asOf ? QueryValues.Show(asOf) : null);
        Add("days", query.DueSoonDays.ToString(CultureInfo.InvariantCulture));
        Add("limit", Number(query.Limit, new ControlQuery().Limit));
        Add(ControlResponse.OverdueOffset, Number(query.OverdueOffset, 0));
        Add(ControlResponse.DueSoonOffset, Number(query.DueSoonOffset, 0));
        return $"{Path}?{string.Join('&', parameters)}";
    }

    /// <summary>Under a list longer than a page: which acts are shown, and links to the previous and next pages.</summary>
    private static void Pages(StringBuilder page, ControlPageLabels labels, int limit, int offset, int shown, int total, Func<int, string> link)
    {
        if (offset == 0 && shown >= total)
        {
            return;
        }

        page.Append("<p class=\"pages\">")
            .Append(E(string.Format(CultureInfo.InvariantCulture, labels.Shown, shown == 0 ? offset : offset + 1, offset + shown, total)));
        if (offset > 0)
        {
            page.Append(CultureInfo.InvariantCulture, $" <a rel=\"prev\" href=\"{E(link(Math.Max(offset - limit, 0)))}\">{E(labels.PreviousPage)}</a>");
        }

        if ((long)offset + shown < total)
        {
            page.Append(CultureInfo.InvariantCulture, $" <a rel=\"next\" href=\"{E(link(offset + limit))}\">{E(labels.NextPage)}</a>");
        }

        page.Append("</p>\n");
    }

    /// <summary>A list's section, left open for its page links: its title with the list's total, and the acts of this page.</summary>
    private static void Acts(StringBuilder page, string id, string title, string daysTitle, (IReadOnlyList<ActSummary> Acts, int Offset, int Total) list, Func<ActSummary, int> days, ControlPageLabels labels)
    {
        var acts = list.Acts;
        page.Append(CultureInfo.InvariantCulture, $"<section id=\"{id}\" class=\"{id}\">\n<h2>{E(title)} ({list.Total})</h2>\n");
        if (acts.Count == 0)
        {
            page.Append(CultureInfo.InvariantCulture, $"<p class=\"empty\">{E(labels.None)}</p>\n");
            return;
        }

        page.Append(CultureInfo.InvariantCulture, $"<table>\n<thead><tr><th>{E(labels.Number)}</th><th>{E(labels.Date)}</th><th>{E(labels.Kind)}</th><th>{E(labels.OfficeColumn)}</th>")
            .Append(CultureInfo.InvariantCulture, $"<th>{E(labels.Prosecutor)}</th><th>{E(labels.DueDate)}</th><th class=\"n\">{E(daysTitle)}</th><th>{E(labels.Documents)}</th></tr></thead>\n<tbody>\n");
        var vocabulary = ActVocabulary.For(labels.Language);
        foreach (var act in acts)
        {
            var links = IssuedActLinks.For(act.Id);
            page.Append(CultureInfo.InvariantCulture, $"<tr data-id=\"{act.Id}\"><td>{E(act.RegistrationNumber)}</td><td>{Day(act.Date)}</td><td>{E(Capitalized(vocabulary.KindTitle(act.Kind)))}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{E(act.OfficeCode)} — {E(act.OfficeName)}</td><td>{E(act.Prosecutor)}</td><td>{Day(act.DueDate!.Value)}</td><td class=\"n\">{days(act)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td><a href=\"{E(links.Docx)}\">DOCX</a> · <a href=\"{E(links.Pdf)}\">PDF</a></td></tr>\n");
        }

        page.Append("</tbody>\n</table>\n");
    }

    private static void Groups(StringBuilder page, string id, string title, string keyTitle, IReadOnlyList<ControlGroup> groups, ControlPageLabels labels)
    {
        page.Append(CultureInfo.InvariantCulture, $"<section id=\"{id}\">\n<h2>{E(title)}</h2>\n");
        if (groups.Count == 0)
        {
            page.Append(CultureInfo.InvariantCulture, $"<p class=\"empty\">{E(labels.None)}</p>\n</section>\n");
            return;
        }

        page.Append(CultureInfo.InvariantCulture, $"<table>\n<thead><tr><th>{E(keyTitle)}</th><th class=\"n\">{E(labels.OverdueCount)}</th><th class=\"n\">{E(labels.DueSoonCount)}</th></tr></thead>\n<tbody>\n");
        foreach (var group in groups)
        {
            page.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(group.Key)}</td><td class=\"n\">{group.Overdue}</td><td class=\"n\">{group.DueSoon}</td></tr>\n");
        }

        page.Append("</tbody>\n</table>\n</section>\n");
    }

    internal static string Day(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    internal static string E(string text) => Html.Encode(text);
}
