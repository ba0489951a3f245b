namespace Supervision.Rendering.Pdf.Structure;

/// <summary>
/// An element of a tagged PDF's structure tree: a standard structure type of ISO 32000-1, 14.8.4 ("P",
/// "H2", "Table", "LI"…), its child elements, and, for an element that holds text itself, the marked
/// content the page content gives it (one sequence on each page it is drawn on, or more where it is
/// interrupted).
/// </summary>
internal sealed class StructureElement
{
    /// <summary>An element holding text.</summary>
    public StructureElement(string type, string? alternate = null)
        : this(type, [], alternate)
    {
    }

    /// <summary>An element holding others.</summary>
    public StructureElement(string type, IReadOnlyList<StructureElement> kids, string? alternate = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        ArgumentNullException.ThrowIfNull(kids);
        Type = type;
        Kids = kids;
        Alternate = alternate;
    }

    /// <summary>The structure type, without the slash of its PDF name.</summary>
    public string Type { get; }

    /// <summary>The child elements, in reading order.</summary>
    public IReadOnlyList<StructureElement> Kids { get; }

    /// <summary>The alternate description (/Alt) a reader speaks instead of the content: for a figure, what it shows.</summary>
    public string? Alternate { get; }

    /// <summary>The marked-content sequences of the element's own text, in content order: the page's index and the sequence's id on it.</summary>
    public List<(int Page, int Id)> Marks { get; } = [];

    /// <summary>The number of the element's object in the file, given when the tree is written.</summary>
    public int ObjectNumber { get; set; }
}
