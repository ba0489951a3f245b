using System.Globalization;
using Supervision.Document;

namespace Supervision.Rendering.Html;

/// <summary>
/// A list as <c>&lt;ol start&gt;</c> or <c>&lt;ul&gt;</c>. The stylesheet puts the marker ("3." or "–")
/// inside the item's indented first line and wraps the next lines to the left edge, as acts number their
/// demands; the list stays a list for screen readers and the numbers stay the browser's.
/// </summary>
internal static class ListRenderer
{
    public static void Write(HtmlWriter html, ListBlock list)
    {
        var tag = list.Numbered ? "ol" : "ul";
        html.StartTag(tag);
        if (list.Numbered && list.Start != 1)
        {
            html.Attribute("start", list.Start.ToString(CultureInfo.InvariantCulture));
        }

        html.EndStartTag();
        foreach (var item in list.Items)
        {
            html.Open("li");
            InlineRenderer.Write(html, item);
            html.Close("li");
        }

        html.Close(tag);
    }
}
