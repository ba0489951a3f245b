using Supervision.Document;

namespace Supervision.Rendering.Docx;

/// <summary>
/// How a paragraph is set: what its <c>w:pPr</c> says beyond the document's defaults. Lengths are in
/// twips. The space before a block and a pending page break are not here: <see cref="DocxWriter"/>
/// puts them on the first paragraph of the block.
/// </summary>
internal readonly record struct ParagraphFormat
{
    /// <summary>The alignment; null (or left, the default) writes none.</summary>
    public Alignment? Alignment { get; init; }

    /// <summary>The first-line indent (<c>w:ind w:firstLine</c>), 0 for none.</summary>
    public int FirstLineIndent { get; init; }

    /// <summary>The left indent (<c>w:ind w:left</c>), 0 for none.</summary>
    public int LeftIndent { get; init; }

    /// <summary>The right indent (<c>w:ind w:right</c>), 0 for none.</summary>
    public int RightIndent { get; init; }

    /// <summary>Keep on the same page as the next paragraph (<c>w:keepNext</c>).</summary>
    public bool KeepNext { get; init; }

    /// <summary>Keep the paragraph's lines on one page (<c>w:keepLines</c>).</summary>
    public bool KeepLines { get; init; }

    /// <summary>A right-aligned tab stop at this position (<c>w:tabs</c>), 0 for none.</summary>
    public int RightTab { get; init; }

    /// <summary>Space after the paragraph (<c>w:spacing w:after</c>).</summary>
    public int SpaceAfter { get; init; }

    /// <summary>The outline level (0 for a level 1 heading) that puts the paragraph in Word's navigation pane; null for body text.</summary>
    public int? OutlineLevel { get; init; }

    /// <summary>A paragraph style other than Normal (<c>w:pStyle</c>).</summary>
    public string? Style { get; init; }

    /// <summary>The size of the paragraph mark: small paragraphs are small to their end.</summary>
    public bool Small { get; init; }

    /// <summary>The justified, indented paragraph of the act's text.</summary>
    public static ParagraphFormat Text { get; } = new() { Alignment = Document.Alignment.Justify, FirstLineIndent = Twips.FirstLineIndent };
}
