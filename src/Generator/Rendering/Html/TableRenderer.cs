using Supervision.Document;

namespace Supervision.Rendering.Html;

/// <summary>
/// A table with thin rules, the full text width, its columns as wide as the markup makes them. A header row goes in <c>&lt;thead&gt;</c> as
/// <c>&lt;th scope="col"&gt;</c>, so print repeats it on each page; cells are left-aligned unless they say.
/// </summary>
internal static class TableRenderer
{
    public static void Write(HtmlWriter html, Table table)
    {
        html.Open("table");
        WriteColumns(html, table);
        var first = 0;
        if (table.HasHeader && table.Rows.Count > 0)
        {
            html.Open("thead");
            WriteRow(html, table.Rows[0], header: true);
            html.Close("thead");
            first = 1;
        }

        if (first < table.Rows.Count)
        {
            html.Open("tbody");
            for (var index = first; index < table.Rows.Count; index++)
            {
                WriteRow(html, table.Rows[index], header: false);
            }

            html.Close("tbody");
        }

        html.Close("table");
    }

    /// <summary>The columns' widths where the markup gives them unequal ones; equal columns need none.</summary>
    private static void WriteColumns(HtmlWriter html, Table table)
    {
        var shares = table.Shares(table.ColumnCount);
        if (shares.Length == 0 || shares.All(share => Math.Abs(share - shares[0]) < 1e-9))
        {
            return;
        }

        html.Open("colgroup");
        foreach (var share in shares)
        {
            html.Raw(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"<col style=\"width:{share * 100:0.##}%\">"));
        }

        html.Close("colgroup");
    }

    private static void WriteRow(HtmlWriter html, TableRow row, bool header)
    {
        var tag = header ? "th" : "td";
        html.Open("tr");
        foreach (var cell in row.Cells)
        {
            html.StartTag(tag);
            if (header)
            {
                html.Raw(" scope=\"col\"");
            }

            html.Classes(HtmlClasses.Of(cell.Alignment, Alignment.Left));
            html.EndStartTag();
            InlineRenderer.Write(html, cell.Inlines);
            html.Close(tag);
        }

        html.Close("tr");
    }
}
