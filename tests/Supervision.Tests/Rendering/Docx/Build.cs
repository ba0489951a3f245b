using Supervision.Document;

namespace Supervision.Tests.Rendering.Docx;

/// <summary>Short hands for writing document models by hand in tests.</summary>
internal static class Build
{
    /// <summary>Inlines of plain text; "\n" becomes a <see cref="LineBreak"/>.</summary>
    public static IReadOnlyList<Inline> Text(string text)
    {
        var inlines = new List<Inline>();
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            if (index > 0)
            {
                inlines.Add(LineBreak.Instance);
            }

            if (lines[index].Length > 0)
            {
                inlines.Add(new TextRun(lines[index]));
            }
        }

        return inlines;
    }

    public static IReadOnlyList<Inline> Bold(string text) => [new TextRun(text, Bold: true)];

    /// <summary>A justified, indented paragraph of the act's text.</summary>
    public static Paragraph P(string text, bool keepWithNext = false) => new(Text(text), KeepWithNext: keepWithNext);

    /// <summary>A paragraph without the first-line indent.</summary>
    public static Paragraph Flush(string text, Alignment alignment) => new(Text(text), alignment, FirstLineIndent: false);

    public static Heading H(int level, string text) => new(level, Text(text));

    public static ListBlock Numbered(params string[] items) => new(true, 1, [.. items.Select(Text)]);

    public static ListBlock Dashed(params string[] items) => new(false, 1, [.. items.Select(Text)]);

    public static IReadOnlyList<IReadOnlyList<Inline>> Lines(params string[] lines) => [.. lines.Select(Text)];

    public static SignatureBlock Signature(string name, params string[] positionLines) => new(Lines(positionLines), Text(name));

    public static Paragraph Executor(string text) => new(Text(text), Alignment.Left, FirstLineIndent: false, Small: true);

    public static TableRow Row(params string[] cells) => new([.. cells.Select(cell => new TableCell(Text(cell)))]);

    public static TableRow Figures(string label, params string[] figures) =>
        new([new TableCell(Text(label)), .. figures.Select(figure => new TableCell(Text(figure), Alignment.Right))]);
}
