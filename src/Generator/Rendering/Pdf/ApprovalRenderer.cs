using Supervision.Document;
using Supervision.Rendering.Pdf.Layout;

namespace Supervision.Rendering.Pdf;

/// <summary>The approval stamp: lines in the right half of the page, never split.</summary>
internal static class ApprovalRenderer
{
    public static BlockLayout Measure(ApprovalBlock approval, int block, LayoutContext context) =>
        new([RightHalfLines.Measure(approval.Lines, bold: false, LineKind.Approval, block, context)]);
}
