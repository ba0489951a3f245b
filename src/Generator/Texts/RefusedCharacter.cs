namespace Supervision.Texts;

/// <summary>A character refused in a text: which one, where and why.</summary>
/// <param name="CodePoint">The character's Unicode scalar value (an emoji is one, though it takes two UTF-16 units).</param>
/// <param name="Position">
/// Where it stands, from 1, counted in characters as a reader sees them: one more than the user-perceived
/// characters (extended grapheme clusters) that begin before it, so "й", "ә" and "👍🏽" each count one,
/// however many UTF-16 units or code points they take. An invisible character that joins the one before it
/// (a zero-width joiner after "г") is placed right after that one: in "Долг" + U+200D it is the 5th.
/// </param>
/// <param name="Fault">Why it is refused.</param>
public sealed record RefusedCharacter(int CodePoint, int Position, CharacterFault Fault)
{
    /// <summary>The character as a message names it: "U+200B ZERO WIDTH SPACE", or «字» U+5B57 for a visible one.</summary>
    public string Name => CharacterNames.Describe(CodePoint);

    /// <inheritdoc/>
    public override string ToString() => $"{Name} at position {Position}";
}
