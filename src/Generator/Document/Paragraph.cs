namespace Supervision.Document;

/// <summary>A paragraph of text.</summary>
/// <param name="Inlines">The text.</param>
/// <param name="Alignment">Justified by default.</param>
/// <param name="FirstLineIndent">Whether the first line is indented by 1.25 cm (the act's text is; requisites are not).</param>
/// <param name="KeepWithNext">Whether the paragraph must stand on the same page as the next block.</param>
/// <param name="Small">Whether it is set in the small size (the executor line).</param>
/// <param name="BlankLineBefore">Whether a blank line stands before it (the attachments, set apart from the text).</param>
public sealed record Paragraph(
    IReadOnlyList<Inline> Inlines,
    Alignment Alignment = Alignment.Justify,
    bool FirstLineIndent = true,
    bool KeepWithNext = false,
    bool Small = false,
    bool BlankLineBefore = false) : Block;
