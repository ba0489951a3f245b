using Supervision.Document;

namespace Supervision.Rendering.Docx;

/// <summary>
/// Writes lines in the right half of the page (the addressee, the approval stamp): a paragraph per line,
/// left-aligned from <see cref="PageLayout.RightBlockStart"/>, without a first-line indent, each kept
/// with the next so that the block never splits across pages.
/// </summary>
internal static class RightHalf
{
    public static void Write(DocxWriter writer, IReadOnlyList<IReadOnlyList<Inline>> lines, RunFormat run, in BlockContext context)
    {
        var line = new ParagraphFormat { LeftIndent = Twips.RightBlockStart, KeepLines = true };
        for (var index = 0; index < lines.Count; index++)
        {
            var format = index == lines.Count - 1 ? context.Last(line) : line with { KeepNext = true };
            writer.Paragraph(format, lines[index], run);
        }
    }
}
