namespace Supervision.Document;

/// <summary>
/// A numbered list ("1. ... 2. ...") or a dashed one; each item is printed as a paragraph of the text
/// with its number at the start of the indented first line, as acts number their demands.
/// </summary>
/// <param name="Numbered">Numbers or dashes.</param>
/// <param name="Start">The first number.</param>
/// <param name="Items">Each item's text.</param>
public sealed record ListBlock(bool Numbered, int Start, IReadOnlyList<IReadOnlyList<Inline>> Items) : Block
{
    /// <summary>The marker printed before an item: "3." or "–".</summary>
    public string Marker(int index) => Numbered ? $"{Start + index}." : "–";
}
