namespace Supervision.Document;

/// <summary>
/// The date-and-number line under the letterhead, with the place on the right:
/// "2025 жылғы 14 қазандағы № 2-11-25/4186" ... "Астана қ.".
/// </summary>
public sealed record RequisitesBlock(IReadOnlyList<Inline> Left, IReadOnlyList<Inline> Right) : Block;

/// <summary>
/// The addressee in the right half of the page, each line as given: the organisation, position and name
/// in bold (<see cref="Lines"/>), then the postal address in regular weight (<see cref="AddressLines"/>).
/// </summary>
/// <param name="Lines">The organisation, position and name, bold.</param>
public sealed record AddresseeBlock(IReadOnlyList<IReadOnlyList<Inline>> Lines) : Block
{
    /// <summary>The postal address under the name, in regular weight; none where the act is not sent by post.</summary>
    public IReadOnlyList<IReadOnlyList<Inline>> AddressLines { get; init; } = [];

    /// <summary>Every line, top to bottom, each with whether it is bold.</summary>
    public IEnumerable<(IReadOnlyList<Inline> Line, bool Bold)> AllLines =>
        Lines.Select(line => (line, true)).Concat(AddressLines.Select(line => (line, false)));
}

/// <summary>The approval stamp of a conclusion ("БЕКІТЕМІН" / "УТВЕРЖДАЮ", position, rank, name, date),
/// in the right half at the top of the first page, wherever the template writes it (see
/// <see cref="Typesetting.ApprovalPlacement"/>).</summary>
public sealed record ApprovalBlock(IReadOnlyList<IReadOnlyList<Inline>> Lines) : Block;

/// <summary>
/// The signature: the position and class rank on the left, line by line, and the initial and surname on
/// the right of the last line. It never stands alone on a page: it keeps with the text before it and
/// with the block after it (the executor line), see <see cref="PageLayout.KeepsTogether"/>.
/// </summary>
public sealed record SignatureBlock(IReadOnlyList<IReadOnlyList<Inline>> PositionLines, IReadOnlyList<Inline> Name) : Block;

/// <summary>A forced page break.</summary>
public sealed record PageBreak : Block;
