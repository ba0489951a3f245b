using Supervision.Document;

namespace Supervision.Rendering.Html;

/// <summary>Writes text runs as encoded text in <c>&lt;strong&gt;</c> and <c>&lt;em&gt;</c>, line breaks as <c>&lt;br&gt;</c>.</summary>
internal static class InlineRenderer
{
    public static void Write(HtmlWriter html, IReadOnlyList<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun run:
                    Write(html, run);
                    break;
                case LineBreak:
                    html.Void("br");
                    break;
            }
        }
    }

    /// <summary>Writes each line as a <c>&lt;p&gt;</c> (of a class, where given): the lines of the addressee, approval and signature blocks.</summary>
    public static void WriteLines(HtmlWriter html, IReadOnlyList<IReadOnlyList<Inline>> lines, string? lineClass = null)
    {
        foreach (var line in lines)
        {
            html.Open("p", lineClass);
            Write(html, line);
            html.Close("p");
        }
    }

    private static void Write(HtmlWriter html, TextRun run)
    {
        if (run.Text.Length == 0)
        {
            return;
        }

        if (run.Bold)
        {
            html.Open("strong");
        }

        if (run.Italic)
        {
            html.Open("em");
        }

        WriteText(html, run.Text);
        if (run.Italic)
        {
            html.Close("em");
        }

        if (run.Bold)
        {
            html.Close("strong");
        }
    }

    // A run should hold no line break; one that slipped in still breaks the line, as it would in print,
    // rather than melting into a space.
    private static void WriteText(HtmlWriter html, string text)
    {
        var start = 0;
        int end;
        while ((end = text.IndexOf('\n', start)) >= 0)
        {
            var length = end > start && text[end - 1] == '\r' ? end - start - 1 : end - start;
            html.Text(text, start, length);
            html.Void("br");
            start = end + 1;
        }

        html.Text(text, start, text.Length - start);
    }
}
