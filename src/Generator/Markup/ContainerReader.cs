using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Supervision.Document;
using Inline = Supervision.Document.Inline;

namespace Supervision.Markup;

/// <summary>
/// The ::: blocks of act markup: requisites (date and number, then place), addressee (organisation,
/// position and name, then after a blank line the address), approval, signature (position lines, then
/// the name), page-break. Inside them every line is a line.
/// </summary>
internal static class ContainerReader
{
    public static Document.Block Read(CustomContainer container)
    {
        var name = container.Info?.Trim() ?? string.Empty;
        var paragraphs = container.OfType<ParagraphBlock>().ToList();
        foreach (var other in container.Where(child => child is not ParagraphBlock))
        {
            throw MarkupReader.Refuse(other, $"a ::: {name} block holds lines of text only");
        }

        switch (name)
        {
            case "requisites":
                Expect(container, paragraphs, 2, "the date and number, a blank line, then the place");
                return new RequisitesBlock(Lines(paragraphs[0]), Lines(paragraphs[1]));
            case "addressee":
                // The name lines, then after a blank line the postal address, which is not bold.
                return new AddresseeBlock(SplitLines(paragraphs.Take(1))) { AddressLines = SplitLines(paragraphs.Skip(1)) };
            case "approval":
                return new ApprovalBlock(SplitLines(paragraphs));
            case "signature":
                Expect(container, paragraphs, 2, "the position lines, a blank line, then the initial and surname");
                return new SignatureBlock(SplitLines([paragraphs[0]]), Lines(paragraphs[1]));
            case "page-break":
                Expect(container, paragraphs, 0, "nothing");
                return new PageBreak();
            default:
                throw MarkupReader.Refuse(container, $"unknown block ::: {name}; known: requisites, addressee, approval, signature, page-break");
        }
    }

    private static void Expect(CustomContainer container, List<ParagraphBlock> paragraphs, int count, string what)
    {
        if (paragraphs.Count != count)
        {
            throw MarkupReader.Refuse(container, $"a ::: {container.Info?.Trim()} block holds {what}");
        }
    }

    private static IReadOnlyList<Inline> Lines(ParagraphBlock paragraph) => InlineReader.Read(paragraph.Inline, linesAreLines: true);

    /// <summary>Each line of each paragraph as its own line; blank lines between paragraphs are dropped.</summary>
    private static List<IReadOnlyList<Inline>> SplitLines(IEnumerable<ParagraphBlock> paragraphs)
    {
        var lines = new List<IReadOnlyList<Inline>>();
        foreach (var paragraph in paragraphs)
        {
            var current = new List<Inline>();
            foreach (var inline in Lines(paragraph))
            {
                if (inline is LineBreak)
                {
                    lines.Add(current);
                    current = [];
                }
                else
                {
                    current.Add(inline);
                }
            }

            lines.Add(current);
        }

        return lines;
    }
}
