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
    public static List<TextLine> Break(List<Piece> pieces, double firstWidth, double width, ITypeMetrics metrics, double size) =>
        Break(pieces, firstWidth, width, metrics, size, new Piece[pieces?.Count + 4 ?? 4]);

    /// <summary>
    /// Breaks pieces into lines whose pieces are kept in <paramref name="buffer"/> (or, when it fills up,
    /// in a larger array): the lines are good as long as the buffer is not used again.
    /// </summary>
    public static List<TextLine> Break(List<Piece> pieces, double firstWidth, double width, ITypeMetrics metrics, double size, Piece[] buffer)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        ArgumentNullException.ThrowIfNull(buffer);
        var lines = new List<TextLine>();
        var current = new LinePieces(buffer);
        var currentWidth = 0.0;
        Piece? pendingSpace = null;
        var available = firstWidth;

        void Finish(bool endsWithBreak)
        {
            lines.Add(new TextLine(current.Take(), currentWidth, endsWithBreak, IsLast: false));
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
                    pendingSpace = pendingSpace is { } before ? Piece.Spaces(before.Length + piece.Length, before.Face, before.Width + piece.Width) : piece;
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
                for (var chunk = index; chunk < end; chunk++)
                {
                    current.Add(pieces[chunk]);
                }

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
    private static int CutOverfull(List<Piece> pieces, int start, int end, double available, ITypeMetrics metrics, double size, LinePieces line, out double lineWidth)
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

            var text = piece.Span;
            var taken = 0;
            var takenWidth = 0.0;
            while (taken < text.Length)
            {
                var next = metrics.Advance(text[taken], piece.Face) * size / 1000;
                if (lineWidth + takenWidth + next > available + Tolerance && (taken > 0 || line.Count > 0))
                {
                    break;
                }

                takenWidth += next;
                taken++;
            }

            if (taken > 0)
            {
                line.Add(piece with { Length = taken, Width = takenWidth, BreakAfter = true });
                lineWidth += takenWidth;
            }

            if (taken < text.Length)
            {
                pieces[index] = piece with { Start = piece.Start + taken, Length = piece.Length - taken, Width = metrics.Measure(text[taken..], piece.Face, size) };
                return index;
            }

            return index + 1;
        }

        return end;
    }

    /// <summary>
    /// The pieces of a paragraph's lines, one after another in one array: each line is handed out as its
    /// stretch of the array. When the array is full the line being filled moves to a larger one; the
    /// lines handed out keep the old.
    /// </summary>
    private sealed class LinePieces(Piece[] buffer)
    {
        private Piece[] _array = buffer;
        private int _start;

        /// <summary>How many pieces the line being filled has.</summary>
        public int Count { get; private set; }

        public void Add(Piece piece)
        {
            if (_start + Count == _array.Length)
            {
                var larger = new Piece[Math.Max(_array.Length * 2, Count + 4)];
                Array.Copy(_array, _start, larger, 0, Count);
                _array = larger;
                _start = 0;
            }

            _array[_start + Count] = piece;
            Count++;
        }

        /// <summary>The line's pieces; the next line starts empty.</summary>
        public ArraySegment<Piece> Take()
        {
            var line = new ArraySegment<Piece>(_array, _start, Count);
            _start += Count;
            Count = 0;
            return line;
        }
    }
}
