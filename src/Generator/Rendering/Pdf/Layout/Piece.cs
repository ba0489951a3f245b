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

/// <summary>A measured piece of inline text.</summary>
/// <param name="Kind">Word, space or break.</param>
/// <param name="Text">Its characters.</param>
/// <param name="Face">Its face.</param>
/// <param name="Width">Its width in points.</param>
/// <param name="BreakAfter">Whether a line may break just after it although no space follows (after a hyphen).</param>
internal readonly record struct Piece(PieceKind Kind, string Text, FontFace Face, double Width, bool BreakAfter = false);
