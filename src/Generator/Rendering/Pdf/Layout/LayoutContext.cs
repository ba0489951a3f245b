namespace Supervision.Rendering.Pdf.Layout;

/// <summary>What every block renderer measures with: the font metrics and the page.</summary>
/// <param name="Metrics">Character widths and line height.</param>
/// <param name="Page">The page's measures.</param>
internal sealed record LayoutContext(ITypeMetrics Metrics, PageGeometry Page)
{
    /// <summary>The document's language ("kk-KZ", "ru-RU"): which wording the verification mark prints.</summary>
    public string Culture { get; init; } = "kk-KZ";

    /// <summary>The height of a line of body text; blank lines before and after blocks are counted in it.</summary>
    public double BodyLineHeight => Metrics.LineHeight(Page.BodySize);

    /// <summary>The width of a text in a face and size.</summary>
    public double Measure(string text, Fonts.FontFace face, double size) => Metrics.Measure(text, face, size);

    /// <summary>
    /// Each line as its own item, a page break allowed only where at least two lines of the part stay on
    /// each side (no widow, no orphan); the first item's break is the caller's to set.
    /// </summary>
    public static List<LayoutItem> Splittable(IReadOnlyList<LaidOutLine> lines, double lineHeight) =>
        Lines(lines, lineHeight, splittable: true);

    /// <summary>Each line as its own item, no page break between them.</summary>
    public static List<LayoutItem> KeptTogether(IReadOnlyList<LaidOutLine> lines, double lineHeight) =>
        Lines(lines, lineHeight, splittable: false);

    /// <summary>Each line as its own item, a line below the one before; breaks between them only when splittable.</summary>
    private static List<LayoutItem> Lines(IReadOnlyList<LaidOutLine> lines, double lineHeight, bool splittable)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var items = new List<LayoutItem>(lines.Count);
        for (var index = 0; index < lines.Count; index++)
        {
            items.Add(new LayoutItem(lineHeight, [lines[index] with { Baseline = lines[index].Baseline - (index * lineHeight) }])
            {
                CanBreakBefore = splittable && index >= 2 && lines.Count - index >= 2,
            });
        }

        return items;
    }
}
