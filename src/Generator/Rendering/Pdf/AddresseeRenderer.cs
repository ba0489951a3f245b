using Supervision.Document;
using Supervision.Rendering.Pdf.Layout;

namespace Supervision.Rendering.Pdf;

/// <summary>The addressee: bold lines in the right half of the page, never split.</summary>
internal static class AddresseeRenderer
{
    public static BlockLayout Measure(AddresseeBlock addressee, int block, LayoutContext context) =>
        new([RightHalfLines.Measure(addressee.Lines, bold: true, LineKind.Addressee, block, context)]);
}
