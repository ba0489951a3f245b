using Supervision.Rendering.Pdf.Fonts;

namespace Supervision.Rendering.Pdf.Layout;

/// <summary>What a piece of inline text is to the line breaker.</summary>
internal enum PieceKind
{
    /// <summary>Letters (or part of a word in one face): never broken inside, unless it alone overfills a line.</summary>
    Word,

    /// <summary>Spaces between words: a place to break, dropped at the end of a line, stretched in justified lines.</summary>
    Space,

    /// <summary>A forced line break.</summary>
    Break,
}

/// <summary>
/// A measured piece of inline text: a stretch of the run's own string (no copy is made of it), or, for
/// spaces, a number of spaces.
/// </summary>
/// <param name="Kind">Word, space or break.</param>
/// <param name="Source">The string its characters are in.</param>
/// <param name="Start">Where they start in <paramref name="Source"/>.</param>
/// <param name="Length">How many there are.</param>
/// <param name="Face">Its face.</param>
/// <param name="Width">Its width in points.</param>
/// <param name="BreakAfter">Whether a line may break just after it although no space follows (after a hyphen).</param>
internal readonly record struct Piece(PieceKind Kind, string Source, int Start, int Length, FontFace Face, double Width, bool BreakAfter = false)
{
    /// <summary>Spaces to take space pieces from.</summary>
    private const string Blanks = "                                                                ";

    /// <summary>Its characters.</summary>
    public ReadOnlySpan<char> Span => Source.AsSpan(Start, Length);

    /// <summary>Its characters as a string (the run's own string where the piece is all of it).</summary>
    public string Text => Start == 0 && Length == Source.Length ? Source : Source.Substring(Start, Length);

    /// <summary>A word: characters of a run's text.</summary>
    public static Piece Word(string source, int start, int length, FontFace face, double width, bool breakAfter = false) =>
        new(PieceKind.Word, source, start, length, face, width, breakAfter);

    /// <summary>Spaces, however they were typed (spaces or tabs), as that many spaces.</summary>
    public static Piece Spaces(int count, FontFace face, double width) =>
        new(PieceKind.Space, count <= Blanks.Length ? Blanks : new string(' ', count), 0, count, face, width);

    /// <summary>A forced line break.</summary>
    public static Piece LineBreak { get; } = new(PieceKind.Break, string.Empty, 0, 0, FontFace.Regular, 0);
}
