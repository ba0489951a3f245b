using System.Globalization;
using Supervision.Rendering.Pdf.Fonts;

namespace Supervision.Rendering.Pdf.Layout;

/// <summary>
/// Cuts the chain of items into pages. Items go on a page while they fit; when one does not, the page
/// ends before the last item at or before it where a page may end (so widows, orphans, kept headings
/// and the signature move over together), or, where no such place is on the page, before the item itself.
/// Space before an item is dropped at the top of a page; a table's header row is repeated above a row
/// that opens a page; pages from the second on get their number at the top centre.
/// </summary>
internal static class Paginator
{
    private const double Tolerance = 0.01;

    /// <summary>The pages the items fill.</summary>
    public static IReadOnlyList<LaidOutPage> Paginate(IReadOnlyList<LayoutItem> items, LayoutContext context)
    {
        ArgumentNullException.ThrowIfNull(items);
        var pages = new List<LaidOutPage>();
        var start = 0;
        do
        {
            var end = PageEnd(items, start, context.Page.BodyHeight);
            pages.Add(Assemble(items, start, end, pages.Count + 1, context));
            start = end;
        }
        while (start < items.Count);

        return pages;
    }

    /// <summary>The index of the first item that goes on the next page.</summary>
    public static int PageEnd(IReadOnlyList<LayoutItem> items, int start, double bodyHeight)
    {
        var y = OpeningHeight(items, start);
        for (var index = start; index < items.Count; index++)
        {
            var item = items[index];
            if (index > start && item.BreakBefore)
            {
                return index;
            }

            var needed = (index > start ? item.SpaceBefore : 0) + item.Height;
            if (index > start && y + needed > bodyHeight + Tolerance)
            {
                var cut = index;
                while (cut > start && !items[cut].CanBreakBefore)
                {
                    cut--;
                }

                return cut > start ? cut : index;
            }

            y += needed;
        }

        return items.Count;
    }

    /// <summary>The height of the repeated table header above the item that opens a page.</summary>
    private static double OpeningHeight(IReadOnlyList<LayoutItem> items, int start) =>
        start < items.Count && items[start].Header is { } header ? header.Height : 0;

    private static LaidOutPage Assemble(IReadOnlyList<LayoutItem> items, int start, int end, int number, LayoutContext context)
    {
        var lines = new List<LaidOutLine>();
        var rules = new List<Rule>();
        var boxes = new List<Box>();
        var y = context.Page.Top;

        void Place(LayoutItem item, bool repeated = false)
        {
            foreach (var line in item.Lines)
            {
                lines.Add(line with { Baseline = y + line.Baseline, Repeated = repeated });
            }

            foreach (var rule in item.Rules)
            {
                rules.Add(rule with { Y1 = y + rule.Y1, Y2 = y + rule.Y2 });
            }

            foreach (var box in item.Boxes)
            {
                boxes.Add(box with { Y = y + box.Y });
            }

            y += item.Height;
        }

        if (start < items.Count && items[start].Header is { } header)
        {
            Place(header, repeated: true);
        }

        for (var index = start; index < end; index++)
        {
            y += index > start ? items[index].SpaceBefore : 0;
            if (items[index].AtFoot)
            {
                // The verification mark sits on the bottom margin, whatever room the text above left.
                y = Math.Max(y, context.Page.Top + context.Page.BodyHeight - items[index].Height);
            }

            Place(items[index]);
        }

        return new LaidOutPage(number, lines, rules, number >= 2 ? Folio(number, context) : null) { Boxes = boxes };
    }

    /// <summary>The page number alone, centred over the text, its line's top at the page-number distance from the top edge.</summary>
    private static LaidOutLine Folio(int number, LayoutContext context)
    {
        var page = context.Page;
        var text = number.ToString(CultureInfo.InvariantCulture);
        var width = context.Measure(text, FontFace.Regular, page.BodySize);
        var run = new GlyphRun(page.Left + ((page.TextWidth - width) / 2), text, FontFace.Regular, page.BodySize, width);
        return new LaidOutLine(page.FolioTop + context.Metrics.Ascent(page.BodySize), [run], new LineRole(LineKind.Folio, -1, 0, 0, 1));
    }
}
