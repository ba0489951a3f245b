using Supervision.Document;

namespace Supervision.Rendering.Html;

/// <summary>
/// The signature as a flex row: the position and rank lines on the left, the initial and surname at the
/// right edge on the baseline of the last of them; it keeps with the text before it when printed.
/// </summary>
internal static class SignatureRenderer
{
    public static void Write(HtmlWriter html, SignatureBlock signature)
    {
        html.Open("div", HtmlClasses.Signature);
        html.Open("div", HtmlClasses.SignaturePosition);
        InlineRenderer.WriteLines(html, signature.PositionLines);
        html.Close("div");
        html.Open("p", HtmlClasses.SignatureName);
        InlineRenderer.Write(html, signature.Name);
        html.Close("p");
        html.Close("div");
    }
}
