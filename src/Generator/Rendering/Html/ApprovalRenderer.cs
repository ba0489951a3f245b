using Supervision.Document;

namespace Supervision.Rendering.Html;

/// <summary>The approval stamp ("БЕКІТЕМІН" / "УТВЕРЖДАЮ" and the lines under it) in the right half of the text width.</summary>
internal static class ApprovalRenderer
{
    public static void Write(HtmlWriter html, ApprovalBlock approval)
    {
        html.Open("div", HtmlClasses.Approval);
        InlineRenderer.WriteLines(html, approval.Lines);
        html.Close("div");
    }
}
