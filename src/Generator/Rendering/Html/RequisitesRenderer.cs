using Supervision.Document;

namespace Supervision.Rendering.Html;

/// <summary>The date and number on the left and the place on the right of one line: a flex row of two paragraphs.</summary>
internal static class RequisitesRenderer
{
    public static void Write(HtmlWriter html, RequisitesBlock requisites)
    {
        html.Open("div", HtmlClasses.Requisites);
        html.Open("p");
        InlineRenderer.Write(html, requisites.Left);
        html.Close("p");
        html.Open("p");
        InlineRenderer.Write(html, requisites.Right);
        html.Close("p");
        html.Close("div");
    }
}
