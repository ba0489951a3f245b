using Supervision.Document;

namespace Supervision.Rendering.Pdf.Structure;

/// <summary>
/// The structure element each block of the document model is tagged as: the one place that says it, so
/// that a new kind of block is one entry here (beside its renderer in <see cref="Layout.DocumentLayout"/>).
/// </summary>
/// <remarks>
/// A group's children are addressed by the lines' <see cref="Layout.LineRole.Part"/> (a list item, a table
/// row, a line of a requisite block), their children by <see cref="Layout.LineRole.Cell"/> (a cell, or
/// a list item's label and body). The requisites, addressee, approval stamp and signature are each a
/// <c>Div</c> (a generic block of the standard types: none of them is a heading, list or table) holding a
/// <c>P</c> for every line the template gives, so that a reader speaks the date and the place, each line of
/// the addressee, and the signatory's position and name as separate sentences.
/// </remarks>
internal static class StructureTags
{
    /// <summary>The element of a block; none for a block that draws nothing (a page break).</summary>
    public static StructureElement? Of(Block block) => block switch
    {
        Heading heading => Text(HeadingType(heading.Level)),
        Paragraph => Text("P"),
        ListBlock list => Group("L", list.Items.Select(_ => Group("LI", [Text("Lbl"), Text("LBody")]))),
        Table table => Group("Table", table.Rows.Select((row, index) => Group("TR", row.Cells.Select(_ => Text(table.HasHeader && index == 0 ? "TH" : "TD"))))),
        RequisitesBlock => Group("Div", [Text("P"), Text("P")]),
        AddresseeBlock addressee => Group("Div", addressee.AllLines.Select(_ => Text("P"))),
        ApprovalBlock approval => Group("Div", approval.Lines.Select(_ => Text("P"))),
        SignatureBlock signature => Group("Div", signature.PositionLines.Select(_ => Text("P")).Append(Text("P"))),

        // The QR code is a figure a reader speaks as the address it encodes; the token and the
        // e-document note are its text. Parts: 0 the code, 1 the text.
        VerificationMark mark => Group("Div", [Text("Figure", mark.Url), Text("P")]),
        PageBreak => null,
        _ => throw new NotSupportedException($"The PDF renderer has no structure element for {block.GetType().Name}."),
    };

    /// <summary>H1 for the document type, H2 under it, and so on to H6.</summary>
    private static string HeadingType(int level) => "H" + Math.Clamp(level, 1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static StructureElement Text(string type, string? alternate = null) => new(type, alternate);

    private static StructureElement Group(string type, IEnumerable<StructureElement> kids) => new(type, [.. kids]);
}
