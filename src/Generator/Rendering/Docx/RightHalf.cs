using Supervision.Document;

namespace Supervision.Rendering.Docx;

/// <summary>
/// Writes lines in the right half of the page (the addressee, the approval stamp): a paragraph per line,
/// left-aligned from <see cref="PageLayout.RightBlockStart"/>, without a first-line indent, each kept
/// with the next so that the block never splits across pages.
/// </summary>
internal static class RightHalf
{
    /// <summary>Writes lines, each in its own run format (the addressee's name lines bold, its address not).</summary>
    public static void Write(DocxWriter writer, IReadOnlyList<(IReadOnlyList<Inline> Line, RunFormat Run)> lines, in BlockContext context)
    {
        var line = new ParagraphFormat { LeftIndent = Twips.RightBlockStart, KeepLines = true };
        for (var index = 0; index < lines.Count; index++)
        {
            var format = index == lines.Count - 1 ? context.Last(line) : line with { KeepNext = true };
            writer.Paragraph(format, lines[index].Line, lines[index].Run);
        }
    }
}
