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
    public static List<Piece> Tokenize(IEnumerable<Inline> inlines, double size, bool bold, ITypeMetrics metrics)
    {
        var pieces = new List<Piece>();
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case LineBreak:
                    pieces.Add(new Piece(PieceKind.Break, string.Empty, FontFace.Regular, 0));
                    break;
                case TextRun run:
                    Cut(run.Text, FontFaces.Of(run.Bold || bold, run.Italic), size, metrics, pieces);
                    break;
            }
        }

        return pieces;
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
                pieces.Add(new Piece(PieceKind.Space, new string(' ', spaces), face, spaces * metrics.Advance(' ', face) * size / 1000));
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

                var word = text[start..end];
                pieces.Add(new Piece(PieceKind.Word, word, face, metrics.Measure(word, face, size), breakAfter));
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
