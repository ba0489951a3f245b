namespace Supervision.Rendering.Pdf.Layout;

/// <summary>
/// The unit the paginator moves: a line of a paragraph, or something never split (a heading, a table
/// row, the signature). Whether a page may end before it is a value, set by the rules of the block
/// it comes from and of its neighbours: widows and orphans, keep with next, the signature.
/// </summary>
/// <param name="Height">Its height in points.</param>
/// <param name="Lines">Its lines, baselines measured from its top.</param>
internal sealed record LayoutItem(double Height, IReadOnlyList<LaidOutLine> Lines)
{
    /// <summary>Its rules, y measured from its top.</summary>
    public IReadOnlyList<Rule> Rules { get; init; } = [];

    /// <summary>Its filled rectangles (the QR code), y measured from its top.</summary>
    public IReadOnlyList<Box> Boxes { get; init; } = [];

    /// <summary>Whether it stands at the foot of its page rather than right below the item above (the verification mark).</summary>
    public bool AtFoot { get; init; }

    /// <summary>Blank space above it, dropped at the top of a page.</summary>
    public double SpaceBefore { get; init; }

    /// <summary>Whether a page may end just before it.</summary>
    public bool CanBreakBefore { get; init; } = true;

    /// <summary>Whether a page must end just before it (a page break).</summary>
    public bool BreakBefore { get; init; }

    /// <summary>The table header row drawn again above it when it opens a page.</summary>
    public LayoutItem? Header { get; init; }
}

/// <summary>A block measured: its items, and how it holds to its neighbours.</summary>
/// <param name="Items">Its items, top to bottom.</param>
/// <param name="KeepWithNext">Whether it must stand on the same page as the first item of the next block.</param>
/// <param name="KeepWithPrevious">Whether it must stand on the same page as the last two items before it (the signature).</param>
internal sealed record BlockLayout(IReadOnlyList<LayoutItem> Items, bool KeepWithNext = false, bool KeepWithPrevious = false);
