using Supervision.Document;

namespace Supervision.Rendering.Html;

/// <summary>The addressee: its lines, bold, in the right half of the text width.</summary>
internal static class AddresseeRenderer
{
    public static void Write(HtmlWriter html, AddresseeBlock addressee)
    {
        html.Open("div", HtmlClasses.Addressee);
        InlineRenderer.WriteLines(html, addressee.Lines);
        html.Close("div");
    }
}
