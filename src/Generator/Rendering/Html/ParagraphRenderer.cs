using Supervision.Document;

namespace Supervision.Rendering.Html;

/// <summary>
/// A paragraph as <c>&lt;p&gt;</c>: justified with the first-line indent unless it says otherwise, in the
/// small size for the executor line, kept with the next block when asked.
/// </summary>
internal static class ParagraphRenderer
{
    public static void Write(HtmlWriter html, Paragraph paragraph)
    {
        html.StartTag("p");
        html.Classes(
            HtmlClasses.Of(paragraph.Alignment, Alignment.Justify),
            paragraph.FirstLineIndent ? null : HtmlClasses.NoIndent,
            paragraph.Small ? HtmlClasses.Small : null,
            paragraph.KeepWithNext ? HtmlClasses.KeepWithNext : null,
            paragraph.BlankLineBefore ? HtmlClasses.Gap : null);
        html.EndStartTag();
        InlineRenderer.Write(html, paragraph.Inlines);
        html.Close("p");
    }
}
