namespace Supervision.Document;

/// <summary>
/// A heading: level 1 is the document type (bold capitals, centred: "ЖАЗБАША НҰСҚАУ"), level 2 the
/// heading under it (bold, centred, no final full stop), level 3 a section heading inside the text
/// (bold, with the text's indent). A heading always stays with the block after it.
/// </summary>
public sealed record Heading(int Level, IReadOnlyList<Inline> Inlines) : Block;
