using Supervision.Document;

namespace Supervision.Rendering.Html;

/// <summary>
/// The page around the article when the preview is a page of its own: language, title, the document's
/// properties, the stylesheet, and a content security policy that lets nothing load or run.
/// </summary>
internal static class PageRenderer
{
    public static void WriteStart(HtmlWriter html, DocumentInfo info)
    {
        html.Raw("<!DOCTYPE html>\n");
        html.StartTag("html");
        html.Attribute("lang", info.Culture);
        html.EndStartTag();
        html.Raw("""

            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">

            """);
        Meta(html, "author", info.Author);
        Meta(html, "description", info.Subject);
        html.Open("title");
        html.Text(info.Title);
        html.Close("title");
        html.NewLine();
        html.Raw("<style>\n");
        html.Raw(HtmlStylesheet.Page);
        html.Raw("</style>\n</head>\n<body>\n");
    }

    public static void WriteEnd(HtmlWriter html) => html.Raw("</body>\n</html>\n");

    private static void Meta(HtmlWriter html, string name, string content)
    {
        html.StartTag("meta");
        html.Attribute("name", name);
        html.Attribute("content", content);
        html.EndStartTag();
        html.NewLine();
    }
}
