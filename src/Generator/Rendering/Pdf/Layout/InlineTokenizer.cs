using Supervision.Document;
using Supervision.Rendering.Pdf.Fonts;

namespace Supervision.Rendering.Pdf.Layout;

/// <summary>
/// Cuts inlines into measured words, spaces and breaks. A word ends at a space (U+0020) or, as a place
/// to break, after a hyphen between letters or digits ("22-бабы"); the no-break space U+00A0 is part of
/// the word it joins.
/// </summary>
internal static class InlineTokenizer
{
    /// <summary>The pieces of inlines in a size; <paramref name="bold"/> sets every run bold (headings, the addressee).</summary>
    public static List<Piece> Tokenize(IReadOnlyList<Inline> inlines, double size, bool bold, ITypeMetrics metrics)
    {
        var pieces = new List<Piece>();
        Tokenize(inlines, size, bold, metrics, pieces);
        return pieces;
    }

    /// <summary>Adds the pieces of inlines in a size to <paramref name="pieces"/>.</summary>
    public static void Tokenize(IReadOnlyList<Inline> inlines, double size, bool bold, ITypeMetrics metrics, List<Piece> pieces)
    {
        ArgumentNullException.ThrowIfNull(inlines);
        ArgumentNullException.ThrowIfNull(pieces);
        for (var index = 0; index < inlines.Count; index++)
        {
            Add(inlines[index], size, bold, metrics, pieces);
        }
    }

    private static void Add(Inline inline, double size, bool bold, ITypeMetrics metrics, List<Piece> pieces)
    {
        switch (inline)
        {
            case LineBreak:
                pieces.Add(Piece.LineBreak);
                break;
            case TextRun run:
                Cut(run.Text, FontFaces.Of(run.Bold || bold, run.Italic), size, metrics, pieces);
                break;
        }
    }

    private static void Cut(string text, FontFace face, double size, ITypeMetrics metrics, List<Piece> pieces)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = start;
            if (IsSpace(text[start]))
            {
                while (end < text.Length && IsSpace(text[end]))
                {
                    end++;
                }

                var spaces = end - start;
                pieces.Add(Piece.Spaces(spaces, face, spaces * metrics.Advance(' ', face) * size / 1000));
            }
            else
            {
                var breakAfter = false;
                while (end < text.Length && !IsSpace(text[end]))
                {
                    end++;
                    if (IsHyphenBreak(text, end))
                    {
                        breakAfter = true;
                        break;
                    }
                }

                pieces.Add(Piece.Word(text, start, end - start, face, metrics.Measure(text.AsSpan(start, end - start), face, size), breakAfter));
            }

            start = end;
        }
    }

    /// <summary>Whether a line may break before <paramref name="index"/> because a hyphen between letters or digits ends there.</summary>
    private static bool IsHyphenBreak(string text, int index) =>
        index >= 2 && index < text.Length
        && text[index - 1] is '-' or '\u2010'
        && char.IsLetterOrDigit(text[index - 2])
        && char.IsLetterOrDigit(text[index]);

    private static bool IsSpace(char c) => c is ' ' or '\t';
}
