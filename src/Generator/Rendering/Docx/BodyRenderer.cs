using System.Collections.Frozen;
using System.Xml;
using Supervision.Document;

namespace Supervision.Rendering.Docx;

/// <summary>
/// Writes the main document part (<c>word/document.xml</c>): each block by its renderer, then the page
/// setup. It decides what blocks ask of each other:
/// <list type="bullet">
/// <item>The blank space between two blocks is the larger of the first's <see cref="PageLayout.LinesAfter"/>
/// and the second's <see cref="PageLayout.LinesBefore"/> (as CSS margins collapse), written as space
/// before the second block, or after the first when the second is a bordered table. There is none at
/// the top of the act or after a page break: the margin is the space there.</item>
/// <item>The block before a signature keeps with it, and so does the signature with the block after it
/// (the executor line): <see cref="PageLayout.KeepsTogether"/>.</item>
/// <item>Two tables that would touch get an empty separator paragraph between them (style
/// <see cref="SeparatorStyleId"/>), since Word joins touching tables into one.</item>
/// </list>
/// </summary>
internal static class BodyRenderer
{
    /// <summary>The paragraph style of the separator between two tables; it holds no text.</summary>
    public const string SeparatorStyleId = "TableSeparator";

    private static readonly FrozenDictionary<Type, IDocxBlockRenderer> Renderers = new IDocxBlockRenderer[]
    {
        new ParagraphRenderer(),
        new HeadingRenderer(),
        new ListRenderer(),
        new TableRenderer(),
        new RequisitesRenderer(),
        new AddresseeRenderer(),
        new ApprovalRenderer(),
        new SignatureRenderer(),
        new PageBreakRenderer(),
        new VerificationMarkRenderer(),
    }.ToFrozenDictionary(renderer => renderer.BlockType);

    /// <summary>Writes the whole part.</summary>
    public static void Write(XmlWriter xml, ActDocument document)
    {
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("w", "document", WordNamespaces.Main);
        xml.WriteAttributeString("xmlns", "r", null, WordNamespaces.Relationships);
        var writer = new DocxWriter(xml) { Culture = document.Info.Culture };
        writer.Start("body");
        WriteBlocks(writer, document.Blocks);
        PageSetup.Write(writer);
        writer.End();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteBlocks(DocxWriter writer, IReadOnlyList<Block> blocks)
    {
        // The block above on the same page (none at the top of the act and after a page break), which
        // decides the space before; and the shape of the last element written, which decides whether
        // two tables would touch.
        Block? above = null;
        var lastShape = DocxShape.Nothing;
        for (var index = 0; index < blocks.Count; index++)
        {
            var block = blocks[index];
            var renderer = For(block);
            if (renderer.Shape == DocxShape.Nothing)
            {
                // A page break before anything else has no page to end.
                if (lastShape != DocxShape.Nothing)
                {
                    renderer.Write(writer, block, default);
                    above = null;
                }

                continue;
            }

            var next = index + 1 < blocks.Count ? blocks[index + 1] : null;
            var spaceAfter = renderer.Shape == DocxShape.Paragraphs && next is not null && For(next).Shape == DocxShape.BorderedTable
                ? Gap(block, next)
                : 0;
            var spaceBefore = above is null ? 0 : Gap(above, block);
            if (lastShape == DocxShape.BorderedTable && renderer.Shape == DocxShape.BorderedTable)
            {
                WriteSeparator(writer, spaceBefore);
                spaceBefore = 0;
            }
            else if (renderer.Shape == DocxShape.BorderedTable)
            {
                // The space went after the block above.
                spaceBefore = 0;
            }

            var context = new BlockContext(spaceBefore, spaceAfter, KeepWithNext: next is not null && PageLayout.KeepsTogether(block, next));
            writer.BeginBlock(context);
            renderer.Write(writer, block, context);
            above = block;
            lastShape = renderer.Shape;
        }
    }

    private static IDocxBlockRenderer For(Block block) =>
        Renderers.TryGetValue(block.GetType(), out var renderer)
            ? renderer
            : throw new NotSupportedException($"The DOCX renderer has no renderer for the block {block.GetType().Name}.");

    private static int Gap(Block above, Block below) =>
        Twips.Lines(Math.Max(PageLayout.LinesAfter(above), PageLayout.LinesBefore(below)));

    private static void WriteSeparator(DocxWriter writer, int spaceBefore)
    {
        writer.BeginBlock(new BlockContext(spaceBefore, 0, KeepWithNext: false));
        writer.StartParagraph(new ParagraphFormat { Style = SeparatorStyleId });
        writer.EndParagraph();
    }
}
