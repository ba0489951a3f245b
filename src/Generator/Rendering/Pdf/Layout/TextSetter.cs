using System.Buffers;
using Supervision.Document;

namespace Supervision.Rendering.Pdf.Layout;

/// <summary>How a stretch of text is set in a column.</summary>
/// <param name="Alignment">Justified, left, centred or right.</param>
/// <param name="Left">The column's left edge, in points from the page's left edge.</param>
/// <param name="Width">The column's width.</param>
/// <param name="Size">The type size.</param>
/// <param name="FirstIndent">The first line's indent.</param>
/// <param name="Bold">Whether every run is bold.</param>
internal sealed record TextFormat(Alignment Alignment, double Left, double Width, double Size, double FirstIndent = 0, bool Bold = false);

/// <summary>Sets inlines in a column: tokenize, break into lines, place each line; baselines from the top of the first line.</summary>
internal static class TextSetter
{
    /// <summary>The lines of the text, each one line height below the last.</summary>
    public static List<LaidOutLine> Set(IReadOnlyList<Inline> inlines, TextFormat format, LineKind kind, int block, int part, ITypeMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(format);
        var pieces = t_pieces ??= new List<Piece>(256);
        pieces.Clear();
        InlineTokenizer.Tokenize(inlines, format.Size, format.Bold, metrics, pieces);
        var buffer = ArrayPool<Piece>.Shared.Rent(pieces.Count + 4);
        try
        {
            return Set(LineBreaker.Break(pieces, format.Width - format.FirstIndent, format.Width, metrics, format.Size, buffer), format, kind, block, part, metrics);
        }
        finally
        {
            pieces.Clear();
            ArrayPool<Piece>.Shared.Return(buffer, clearArray: true);
        }
    }

    /// <summary>Places broken lines.</summary>
    private static List<LaidOutLine> Set(List<TextLine> lines, TextFormat format, LineKind kind, int block, int part, ITypeMetrics metrics)
    {
        var lineHeight = metrics.LineHeight(format.Size);
        var ascent = metrics.Ascent(format.Size);
        var set = new List<LaidOutLine>(lines.Count);
        for (var index = 0; index < lines.Count; index++)
        {
            var indent = index == 0 ? format.FirstIndent : 0;
            set.Add(LineSetter.Set(
                lines[index],
                format.Left + indent,
                format.Width - indent,
                format.Alignment,
                format.Size,
                (index * lineHeight) + ascent,
                new LineRole(kind, block, part, index, lines.Count)));
        }

        return set;
    }

    /// <summary>This thread's list to cut text into: the line breaker copies what it keeps.</summary>
    [ThreadStatic]
    private static List<Piece>? t_pieces;
}
