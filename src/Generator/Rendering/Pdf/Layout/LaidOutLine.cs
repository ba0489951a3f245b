namespace Supervision.Rendering.Pdf.Layout;

/// <summary>What kind of block a line belongs to.</summary>
internal enum LineKind
{
    /// <summary>A paragraph of text or a list item.</summary>
    Text,

    /// <summary>A heading.</summary>
    Heading,

    /// <summary>The date, number and place line.</summary>
    Requisites,

    /// <summary>The addressee.</summary>
    Addressee,

    /// <summary>The approval stamp.</summary>
    Approval,

    /// <summary>The signature.</summary>
    Signature,

    /// <summary>A table cell.</summary>
    Table,

    /// <summary>The page number.</summary>
    Folio,

    /// <summary>The verification mark's lines beside its QR code.</summary>
    Verification,
}

/// <summary>Where a line comes from: its block, the part of the block (list item, table row), and its place among the part's lines.</summary>
/// <param name="Kind">The kind of block.</param>
/// <param name="Block">The block's index in the document.</param>
/// <param name="Part">The list item, table row or requisite line within the block; 0 for a paragraph.</param>
/// <param name="Line">The line's index within its part.</param>
/// <param name="LineCount">How many lines the part has.</param>
internal readonly record struct LineRole(LineKind Kind, int Block, int Part, int Line, int LineCount)
{
    /// <summary>Whether this is the part's first line.</summary>
    public bool IsFirst => Line == 0;

    /// <summary>Whether this is the part's last line.</summary>
    public bool IsLast => Line == LineCount - 1;

    /// <summary>
    /// The piece of the part the line belongs to: a table row's cell, or for a list item 1, its body (the
    /// item's number is piece 0, see <see cref="Label"/>); 0 elsewhere. With <see cref="Block"/> and
    /// <see cref="Part"/> it names the structure element the line is tagged with (see <see cref="Structure.StructureTree"/>).
    /// </summary>
    public int Cell { get; init; }

    /// <summary>How many characters at the start of the line are the list item's number and the space after it ("12. "); 0 on other lines.</summary>
    public int Label { get; init; }
}

/// <summary>A line set in place.</summary>
/// <param name="Baseline">The baseline's y: from the top of its layout item while laying out, from the page's top edge on a page.</param>
/// <param name="Runs">What is drawn, left to right.</param>
/// <param name="Role">Where the line comes from.</param>
/// <param name="Justified">Whether the line was stretched to both edges.</param>
/// <param name="EndsWithBreak">Whether a forced line break ends it.</param>
internal sealed record LaidOutLine(double Baseline, IReadOnlyList<GlyphRun> Runs, LineRole Role, bool Justified = false, bool EndsWithBreak = false)
{
    /// <summary>Whether the line is drawn again where it was drawn before (a table's header row at the top of a later page): not content of its own, but a pagination artifact.</summary>
    public bool Repeated { get; init; }

    /// <summary>The left edge of the first run (the line's start when empty is unknown: 0).</summary>
    public double Left => Runs.Count == 0 ? 0 : Runs[0].X;

    /// <summary>The right edge of the last run.</summary>
    public double Right => Runs.Count == 0 ? 0 : Runs[^1].Right;

    /// <summary>The line's text, as drawn.</summary>
    public string Text => string.Concat(Runs.Select(run => run.Text));
}
