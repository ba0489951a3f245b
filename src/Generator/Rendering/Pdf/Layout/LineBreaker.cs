namespace Supervision.Rendering.Pdf.Layout;

/// <summary>A line as broken: its words and the spaces between them, none at either end.</summary>
/// <param name="Pieces">Words and spaces.</param>
/// <param name="Width">Its natural width in points.</param>
/// <param name="EndsWithBreak">Whether a forced line break ends it.</param>
/// <param name="IsLast">Whether it is the paragraph's last line.</param>
internal sealed record TextLine(IReadOnlyList<Piece> Pieces, double Width, bool EndsWithBreak, bool IsLast);

/// <summary>
/// Greedy first-fit line breaking: each line takes as many words as fit. A line breaks at a space, after
/// a hyphen inside a word, or at a forced break; a word is cut between letters only when it alone is
/// wider than the line.
/// </summary>
internal static class LineBreaker
{
    private const double Tolerance = 0.001;

    /// <summary>Breaks pieces into lines of <paramref name="firstWidth"/> (the first) and <paramref name="width"/> (the others).</summary>
    public static List<TextLine> Break(List<Piece> pieces, double firstWidth, double width, ITypeMetrics metrics, double size)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        var lines = new List<TextLine>();
        var current = new List<Piece>();
        var currentWidth = 0.0;
        Piece? pendingSpace = null;
        var available = firstWidth;

        void Finish(bool endsWithBreak)
        {
            lines.Add(new TextLine(current, currentWidth, endsWithBreak, IsLast: false));
            current = [];
            currentWidth = 0;
            pendingSpace = null;
            available = width;
        }

        var index = 0;
        while (index < pieces.Count)
        {
            var piece = pieces[index];
            if (piece.Kind == PieceKind.Break)
            {
                Finish(endsWithBreak: true);
                index++;
                continue;
            }

            if (piece.Kind == PieceKind.Space)
            {
                if (current.Count > 0)
                {
                    pendingSpace = pendingSpace is { } before ? before with { Text = before.Text + piece.Text, Width = before.Width + piece.Width } : piece;
                }

                index++;
                continue;
            }

            var end = ChunkEnd(pieces, index, out var chunkWidth);
            var spaceWidth = current.Count > 0 ? pendingSpace?.Width ?? 0 : 0;
            if (currentWidth + spaceWidth + chunkWidth <= available + Tolerance)
            {
                if (current.Count > 0 && pendingSpace is { } space)
                {
                    current.Add(space);
                }

                pendingSpace = null;
                current.AddRange(pieces.GetRange(index, end - index));
                currentWidth += spaceWidth + chunkWidth;
                index = end;
            }
            else if (current.Count > 0)
            {
                Finish(endsWithBreak: false);
            }
            else
            {
                index = CutOverfull(pieces, index, end, available, metrics, size, current, out currentWidth);
                Finish(endsWithBreak: false);
            }
        }

        if (current.Count > 0 || lines.Count == 0)
        {
            Finish(endsWithBreak: false);
        }

        lines[^1] = lines[^1] with { IsLast = true };
        return lines;
    }

    /// <summary>The end of the words that must stay on one line from <paramref name="start"/>, and their width.</summary>
    private static int ChunkEnd(List<Piece> pieces, int start, out double width)
    {
        var end = start;
        width = 0;
        do
        {
            width += pieces[end].Width;
            end++;
        }
        while (end < pieces.Count && pieces[end].Kind == PieceKind.Word && !pieces[end - 1].BreakAfter);

        return end;
    }

    /// <summary>
    /// Puts on the empty line as many letters of an overfull chunk as fit (at least one), leaves the rest
    /// in <paramref name="pieces"/> to go on, and returns where it goes on.
    /// </summary>
    private static int CutOverfull(List<Piece> pieces, int start, int end, double available, ITypeMetrics metrics, double size, List<Piece> line, out double lineWidth)
    {
        lineWidth = 0;
        for (var index = start; index < end; index++)
        {
            var piece = pieces[index];
            if (lineWidth + piece.Width <= available + Tolerance)
            {
                line.Add(piece);
                lineWidth += piece.Width;
                continue;
            }

            var taken = 0;
            var takenWidth = 0.0;
            while (taken < piece.Text.Length)
            {
                var next = metrics.Advance(piece.Text[taken], piece.Face) * size / 1000;
                if (lineWidth + takenWidth + next > available + Tolerance && (taken > 0 || line.Count > 0))
                {
                    break;
                }

                takenWidth += next;
                taken++;
            }

            if (taken > 0)
            {
                line.Add(piece with { Text = piece.Text[..taken], Width = takenWidth, BreakAfter = true });
                lineWidth += takenWidth;
            }

            if (taken < piece.Text.Length)
            {
                var rest = piece.Text[taken..];
                pieces[index] = piece with { Text = rest, Width = metrics.Measure(rest, piece.Face, size) };
                return index;
            }

            return index + 1;
        }

        return end;
    }
}
