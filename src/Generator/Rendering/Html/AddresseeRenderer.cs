using Supervision.Document;

namespace Supervision.Rendering.Html;

/// <summary>The addressee in the right half of the text width: the name lines bold, the address lines under them regular.</summary>
internal static class AddresseeRenderer
{
    public static void Write(HtmlWriter html, AddresseeBlock addressee)
    {
        html.Open("div", HtmlClasses.Addressee);
        InlineRenderer.WriteLines(html, addressee.Lines);
        InlineRenderer.WriteLines(html, addressee.AddressLines, HtmlClasses.Address);
        html.Close("div");
    }
}
