using Supervision.Document;
using Supervision.Rendering.Pdf.Layout;

namespace Supervision.Rendering.Pdf.Structure;

/// <summary>
/// The structure tree of an act: a <c>Document</c> element holding each block's element (see
/// <see cref="StructureTags"/>) in the document's order, which is also the order the page content draws
/// them. The page content asks it which element a line belongs to and records each marked-content
/// sequence here (<see cref="Mark"/>), which gives the parent tree, page by page.
/// </summary>
internal sealed class StructureTree
{
    private readonly StructureElement?[] _blocks;
    private readonly List<List<StructureElement>> _pages = [];

    /// <summary>The tree of a document's blocks.</summary>
    public StructureTree(IReadOnlyList<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        _blocks = [.. blocks.Select(StructureTags.Of)];
        Root = new StructureElement("Document", [.. _blocks.OfType<StructureElement>()]);
    }

    /// <summary>The <c>Document</c> element.</summary>
    public StructureElement Root { get; }

    /// <summary>For each page, the element of each of its marked-content sequences, by id (the page's entry in the parent tree).</summary>
    public IReadOnlyList<IReadOnlyList<StructureElement>> Pages => _pages;

    /// <summary>The element a line's text belongs to.</summary>
    public StructureElement ElementOf(LineRole role) => Find(role, role.Cell);

    /// <summary>The element of the list item's number at the start of the line (see <see cref="LineRole.Label"/>).</summary>
    public StructureElement LabelOf(LineRole role) => Find(role, 0);

    /// <summary>Records a marked-content sequence of an element on a page and returns its id there (MCID).</summary>
    public int Mark(StructureElement element, int page)
    {
        ArgumentNullException.ThrowIfNull(element);
        while (_pages.Count <= page)
        {
            _pages.Add([]);
        }

        var sequences = _pages[page];
        var id = sequences.Count;
        sequences.Add(element);
        element.Marks.Add((page, id));
        return id;
    }

    private StructureElement Find(LineRole role, int cell)
    {
        var element = _blocks[role.Block] ?? throw new InvalidOperationException($"Block {role.Block} has no structure element but draws a line.");
        if (element.Kids.Count > 0)
        {
            element = element.Kids[role.Part];
        }

        if (element.Kids.Count > 0)
        {
            element = element.Kids[cell];
        }

        return element;
    }
}
