using Supervision.Document;
using Supervision.Rendering.Pdf.Layout;

namespace Supervision.Rendering.Pdf;

/// <summary>The addressee in the right half of the page, never split: the name lines bold, the address under them regular.</summary>
internal static class AddresseeRenderer
{
    public static BlockLayout Measure(AddresseeBlock addressee, int block, LayoutContext context)
    {
        var lines = new List<LaidOutLine>();
        var top = RightHalfLines.Stack(addressee.Lines, RightHalfLines.Column(context.Page, Alignment.Left, bold: true), LineKind.Addressee, block, context, lines);
        var address = new List<LaidOutLine>();
        var height = RightHalfLines.Stack(addressee.AddressLines, RightHalfLines.Column(context.Page, Alignment.Left), LineKind.Addressee, block, context, address, firstPart: addressee.Lines.Count);
        lines.AddRange(address.Select(line => line with { Baseline = line.Baseline + top }));
        return new BlockLayout([new LayoutItem(top + height, lines)]);
    }
}
