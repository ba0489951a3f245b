using Supervision.Document;

namespace Supervision.Rendering.Html;

/// <summary>
/// A heading as <c>&lt;h1&gt;</c> (the document type), <c>&lt;h2&gt;</c> (the heading under it) or
/// <c>&lt;h3&gt;</c> (a section inside the text); a level outside 1–3 takes the nearest.
/// </summary>
internal static class HeadingRenderer
{
    private static readonly string[] Tags = ["h1", "h2", "h3"];

    public static void Write(HtmlWriter html, Heading heading)
    {
        var tag = Tags[Math.Clamp(heading.Level, 1, Tags.Length) - 1];
        html.Open(tag);
        InlineRenderer.Write(html, heading.Inlines);
        html.Close(tag);
    }
}
