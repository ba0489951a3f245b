using Supervision.Document;

namespace Supervision.Rendering.Docx;

/// <summary>
/// Writes inlines as runs: a <see cref="TextRun"/> as <c>w:r</c> with <c>w:t xml:space="preserve"</c>
/// (bold and italic added to the block's own format), a <see cref="LineBreak"/> as <c>w:br</c>.
/// </summary>
internal static class InlineRenderer
{
    /// <summary>Writes <paramref name="inlines"/> in <paramref name="blockFormat"/>, each run adding its own bold and italic.</summary>
    public static void Write(DocxWriter writer, IReadOnlyList<Inline> inlines, RunFormat blockFormat)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun run:
                    writer.Run(run.Text, blockFormat with
                    {
                        Bold = blockFormat.Bold || run.Bold,
                        Italic = blockFormat.Italic || run.Italic,
                    });
                    break;
                case LineBreak:
                    writer.Break(blockFormat);
                    break;
                default:
                    throw new NotSupportedException($"The DOCX renderer has no way to write the inline {inline.GetType().Name}.");
            }
        }
    }
}
