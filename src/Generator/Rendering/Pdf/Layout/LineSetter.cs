using Supervision.Document;
using Supervision.Rendering.Pdf.Fonts;

namespace Supervision.Rendering.Pdf.Layout;

/// <summary>
/// Places a broken line's words: flush left, centred, flush right, or justified. A justified line's extra
/// width goes in equal shares into its spaces; the last line of a paragraph and a line ended by a forced
/// break are not stretched. Justified lines are drawn word by word, other lines in runs of one face.
/// </summary>
internal static class LineSetter
{
    /// <summary>The runs of a line set at <paramref name="left"/> in <paramref name="available"/> points.</summary>
    public static LaidOutLine Set(TextLine line, double left, double available, Alignment alignment, double size, double baseline, LineRole role)
    {
        ArgumentNullException.ThrowIfNull(line);
        var gaps = 0;
        for (var index = 0; index < line.Pieces.Count; index++)
        {
            gaps += line.Pieces[index].Kind == PieceKind.Space ? 1 : 0;
        }

        var justify = alignment == Alignment.Justify && !line.IsLast && !line.EndsWithBreak && gaps > 0 && line.Width <= available + 0.01;
        var start = alignment switch
        {
            Alignment.Center => left + ((available - line.Width) / 2),
            Alignment.Right => left + available - line.Width,
            _ => left,
        };

        var runs = justify
            ? WordByWord(line, start, (available - line.Width) / gaps, size)
            : InRuns(line, start, size);
        return new LaidOutLine(baseline, runs, role, justify, line.EndsWithBreak);
    }

    private static List<GlyphRun> WordByWord(TextLine line, double x, double extra, double size)
    {
        var runs = new List<GlyphRun>(line.Pieces.Count);
        var pieces = line.Pieces;
        for (var index = 0; index < pieces.Count; index++)
        {
            var piece = pieces[index];
            if (piece.Kind == PieceKind.Space)
            {
                x += piece.Width + extra;
                continue;
            }

            var spaced = index + 1 < pieces.Count && pieces[index + 1].Kind == PieceKind.Space;
            runs.Add(new GlyphRun(x, spaced ? Spaced(piece) : piece.Text, piece.Face, size, piece.Width));
            x += piece.Width;
        }

        return runs;
    }

    /// <summary>A word with one space after it: the run's own characters where a space follows the word there.</summary>
    private static string Spaced(Piece word)
    {
        var end = word.Start + word.Length;
        return end < word.Source.Length && word.Source[end] == ' '
            ? word.Source.Substring(word.Start, word.Length + 1)
            : string.Concat(word.Span, " ");
    }

    private static List<GlyphRun> InRuns(TextLine line, double x, double size)
    {
        var runs = new List<GlyphRun>(2);
        var text = t_text ??= new System.Text.StringBuilder(256);
        text.Clear();
        var runStart = x;
        var runWidth = 0.0;
        FontFace? face = null;
        var pieces = line.Pieces;
        for (var index = 0; index < pieces.Count; index++)
        {
            var piece = pieces[index];
            if (face is { } current && current != piece.Face && piece.Kind == PieceKind.Word)
            {
                runs.Add(new GlyphRun(runStart, text.ToString(), current, size, runWidth));
                text.Clear();
                runStart += runWidth;
                runWidth = 0;
                face = null;
            }

            face ??= piece.Face;
            text.Append(piece.Span);
            runWidth += piece.Width;
        }

        if (face is { } last)
        {
            runs.Add(new GlyphRun(runStart, text.ToString(), last, size, runWidth));
        }

        return runs;
    }

    [ThreadStatic]
    private static System.Text.StringBuilder? t_text;
}
