using System.Globalization;
using Supervision.Document;

namespace Supervision.Rendering.Html;

/// <summary>
/// Writes an act as an HTML preview that looks like the printed act: white A4 sheets on a grey desk, the
/// office margins, Times New Roman 14 pt, justified text with the 12.5 mm indent. The markup is plain
/// semantic HTML with no scripts and no requests outside the page; every text of the act is encoded, so
/// whatever a field holds prints as text. The same document gives the same string, byte for byte.
/// </summary>
public static class HtmlRenderer
{
    /// <summary>
    /// The CSS of the preview, every rule scoped under <c>.act</c>: the page that embeds a fragment
    /// (<see cref="HtmlOptions.FullPage"/> false) includes it once.
    /// </summary>
    public static string Stylesheet => HtmlStylesheet.Article;

    /// <summary>Renders the act to a string.</summary>
    /// <param name="document">The act.</param>
    /// <param name="options">A full page (the default) or the article fragment.</param>
    public static string Render(ActDocument document, HtmlOptions? options = null)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        Render(document, output, options);
        return output.ToString();
    }

    /// <summary>Renders the act to a writer, which it leaves open.</summary>
    /// <param name="document">The act.</param>
    /// <param name="output">Where the HTML goes; write it out as UTF-8, as the page declares.</param>
    /// <param name="options">A full page (the default) or the article fragment.</param>
    /// <exception cref="NotSupportedException">A block of a kind this renderer does not know.</exception>
    public static void Render(ActDocument document, TextWriter output, HtmlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var html = new HtmlWriter(output) { Culture = document.Info.Culture };
        var fullPage = options?.FullPage ?? true;
        if (fullPage)
        {
            PageRenderer.WriteStart(html, document.Info);
        }

        html.StartTag("article");
        html.Classes(HtmlClasses.Act);
        html.Attribute("lang", document.Info.Culture);
        html.EndStartTag();
        html.NewLine();
        html.BeginSheet();
        foreach (var block in document.Blocks)
        {
            BlockRenderer.Write(html, block);
        }

        html.EndSheet();
        html.Close("article");
        html.NewLine();
        if (fullPage)
        {
            PageRenderer.WriteEnd(html);
        }
    }
}
