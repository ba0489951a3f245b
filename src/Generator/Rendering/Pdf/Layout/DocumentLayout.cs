using Supervision.Document;

namespace Supervision.Rendering.Pdf.Layout;

/// <summary>
/// Lays an act out in pages: each block is measured by its renderer into items, the items are chained
/// with the space between blocks and the rules that hold blocks together, and the paginator cuts the
/// chain into pages. A pure function of the document, the metrics and the page.
/// </summary>
internal static class DocumentLayout
{
    /// <summary>The pages of a document.</summary>
    public static IReadOnlyList<LaidOutPage> Lay(ActDocument document, ITypeMetrics metrics, PageGeometry? page = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var context = new LayoutContext(metrics, page ?? PageGeometry.Official) { Culture = document.Info.Culture };
        return Paginator.Paginate(Chain(document.Blocks, context), context);
    }

    /// <summary>
    /// Every block's items in order, with the space before each block (the larger of the blank lines
    /// after the block above and before this one, as the DOCX writes it) and where pages may end between
    /// blocks: never between blocks <see cref="PageLayout.KeepsTogether"/> holds together (the signature
    /// and its neighbours), nor after a block kept with the next (a heading).
    /// </summary>
    public static List<LayoutItem> Chain(IReadOnlyList<Block> blocks, LayoutContext context)
    {
        var items = new List<LayoutItem>();
        var lineHeight = context.BodyLineHeight;
        var keepWithPrevious = false;
        var pageBreak = false;
        var spaceAfter = 0.0;
        Block? above = null;
        for (var index = 0; index < blocks.Count; index++)
        {
            var block = blocks[index];
            if (block is PageBreak)
            {
                pageBreak = true;
                continue;
            }

            var measured = Measure(block, index, context);
            if (measured.Items.Count == 0)
            {
                continue;
            }

            if (measured.KeepWithPrevious && items.Count > 0)
            {
                items[^1] = items[^1] with { CanBreakBefore = false };
            }

            var first = items.Count;
            items.AddRange(measured.Items);
            items[first] = items[first] with
            {
                SpaceBefore = Math.Max(spaceAfter, PageLayout.LinesBefore(block) * lineHeight),
                CanBreakBefore = !keepWithPrevious && !measured.KeepWithPrevious && !(above is not null && PageLayout.KeepsTogether(above, block)),
                BreakBefore = pageBreak,
            };

            keepWithPrevious = measured.KeepWithNext;
            spaceAfter = PageLayout.LinesAfter(block) * lineHeight;
            pageBreak = false;
            above = block;
        }

        return items;
    }

    private static BlockLayout Measure(Block block, int index, LayoutContext context) => block switch
    {
        Paragraph paragraph => ParagraphRenderer.Measure(paragraph, index, context),
        Heading heading => HeadingRenderer.Measure(heading, index, context),
        ListBlock list => ListRenderer.Measure(list, index, context),
        Table table => TableRenderer.Measure(table, index, context),
        RequisitesBlock requisites => RequisitesRenderer.Measure(requisites, index, context),
        AddresseeBlock addressee => AddresseeRenderer.Measure(addressee, index, context),
        ApprovalBlock approval => ApprovalRenderer.Measure(approval, index, context),
        SignatureBlock signature => SignatureRenderer.Measure(signature, index, context),
        VerificationMark mark => VerificationMarkRenderer.Measure(mark, index, context),
        _ => throw new NotSupportedException($"The PDF renderer has no renderer for {block.GetType().Name}."),
    };
}
