namespace Supervision.Document;

/// <summary>
/// The date-and-number line under the letterhead, with the place on the right:
/// "2025 жылғы 14 қазандағы № 2-11-25/4186" ... "Астана қ.".
/// </summary>
public sealed record RequisitesBlock(IReadOnlyList<Inline> Left, IReadOnlyList<Inline> Right) : Block;

/// <summary>The addressee, bold, each line as given, in the right half of the page.</summary>
public sealed record AddresseeBlock(IReadOnlyList<IReadOnlyList<Inline>> Lines) : Block;

/// <summary>The approval stamp of a conclusion ("БЕКІТЕМІН" / "УТВЕРЖДАЮ", position, rank, name, date),
/// in the right half of the page above the title.</summary>
public sealed record ApprovalBlock(IReadOnlyList<IReadOnlyList<Inline>> Lines) : Block;

/// <summary>
/// The signature: the position and class rank on the left, line by line, and the initial and surname on
/// the right of the last line. It never stands alone on a page: it keeps with the text before it.
/// </summary>
public sealed record SignatureBlock(IReadOnlyList<IReadOnlyList<Inline>> PositionLines, IReadOnlyList<Inline> Name) : Block;

/// <summary>A forced page break.</summary>
public sealed record PageBreak : Block;
