namespace Supervision.Rendering.Html;

/// <summary>
/// A page break ends the sheet and starts the next, as paper does: on screen the grey desk shows between
/// the two sheets; in print each sheet ends its page.
/// </summary>
internal static class PageBreakRenderer
{
    public static void Write(HtmlWriter html)
    {
        html.EndSheet();
        html.BeginSheet();
    }
}
