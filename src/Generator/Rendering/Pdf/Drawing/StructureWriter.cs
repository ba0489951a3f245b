using PdfSharp.Pdf;
using Supervision.Rendering.Pdf.Structure;

namespace Supervision.Rendering.Pdf.Drawing;

/// <summary>
/// Writes a tagged PDF's structure (ISO 32000-1, 14.7 and 14.8): the structure tree root with its
/// <c>Document</c> element and the parent tree, every element as an indirect dictionary, the catalog's
/// <c>/MarkInfo</c>, the pages' <c>/StructParents</c> and tab order, and the viewer's title from the
/// document properties. The language (<c>/Lang</c>) is the catalog's already (see <see cref="DocumentDrawer"/>).
/// </summary>
/// <remarks>
/// PDFsharp's cost of saving grows with each object and reference it formats, and a tree has one object
/// per paragraph, list item and table cell: made as PDFsharp objects, they added a quarter to the PDF
/// route's time. So the work is split in two. <see cref="Prepare"/>, before saving, gives PDFsharp only
/// what its own objects carry (the catalog's keys, the pages' keys) and a root placeholder the catalog
/// refers to. <see cref="Splice"/>, after saving, replaces that placeholder in the saved bytes with the
/// root and all the elements, written here, numbered after PDFsharp's last object, and writes the
/// cross-reference table again with the offsets moved. Elements are written in the tree's order, so the
/// same act gives the same file.
/// </remarks>
internal static class StructureWriter
{
    private const int XrefEntryLength = 20;

    /// <summary>
    /// Adds what PDFsharp's objects carry of the structure of <paramref name="pdf"/>, whose page content
    /// <paramref name="tree"/> recorded the marks of; returns the root placeholder for <see cref="Splice"/>.
    /// </summary>
    public static PdfDictionary Prepare(PdfDocument pdf, StructureTree tree)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(tree);
        var pages = pdf.Pages;
        for (var page = 0; page < pages.Count; page++)
        {
            pages[page].Elements.SetInteger("/StructParents", page);
            pages[page].Elements.SetName("/Tabs", "/S");
        }

        var root = new PdfDictionary(pdf);
        pdf.Internals.AddObject(root);
        root.Elements.SetName("/Type", "/StructTreeRoot");
        var catalog = pdf.Internals.Catalog;
        catalog.Elements.SetReference("/StructTreeRoot", root);
        var markInfo = new PdfDictionary(pdf);
        markInfo.Elements.SetBoolean("/Marked", true);
        catalog.Elements["/MarkInfo"] = markInfo;
        pdf.ViewerPreferences.DisplayDocTitle = true;
        return root;
    }

    /// <summary>
    /// Writes <paramref name="file"/>, as PDFsharp saved <paramref name="pdf"/>, into <paramref name="output"/>
    /// with the placeholder <paramref name="root"/> replaced by the tree's root and elements.
    /// </summary>
    /// <exception cref="InvalidOperationException">The file is not as PDFsharp writes it (a classic table, the placeholder where it says).</exception>
    public static void Splice(ReadOnlySpan<byte> file, PdfDocument pdf, PdfDictionary root, StructureTree tree, ContentBuffer output)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(output);
        var table = SavedTable.Read(file);
        var rootNumber = root.ReferenceNotNull.ObjectNumber;
        var (rootStart, rootEnd) = table.ObjectSpan(file, rootNumber);

        var count = Number(tree, table.Size);
        var pages = new int[pdf.Pages.Count];
        for (var page = 0; page < pages.Length; page++)
        {
            pages[page] = pdf.Pages[page].ReferenceNotNull.ObjectNumber;
        }

        output.Append(file[..rootStart]);
        var offsets = new int[count];
        WriteObjects(output, rootNumber, tree, pages, offsets, table.Size);
        var shift = output.Length - rootEnd;
        output.Append(file[rootEnd..table.XrefStart]);

        var xref = output.Length;
        output.Append("xref\n0 ").Append(table.Size + count).Append((byte)'\n');
        for (var number = 0; number < table.Size; number++)
        {
            var entry = file.Slice(table.EntriesStart + (number * XrefEntryLength), XrefEntryLength);
            if (entry[17] != (byte)'n')
            {
                output.Append(entry);
                continue;
            }

            var offset = number == rootNumber ? rootStart : SavedTable.Offset(entry);
            PdfSyntax.XrefEntry(output, offset > rootStart && number != rootNumber ? offset + shift : offset);
        }

        foreach (var offset in offsets)
        {
            PdfSyntax.XrefEntry(output, offset);
        }

        output.Append(file[table.TrailerStart..table.SizeValueStart]).Append(table.Size + count);
        output.Append(file[table.SizeValueEnd..table.StartXrefValue]).Append(xref).Append("\n%%EOF\n");
    }

    /// <summary>Numbers the tree's elements in reading order, from <paramref name="first"/> on; returns how many there are.</summary>
    public static int Number(StructureTree tree, int first)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return Number(tree.Root, first) - first;
    }

    /// <summary>
    /// Writes the root as object <paramref name="rootNumber"/> and then every element (numbered by <see cref="Number(StructureTree, int)"/>)
    /// in reading order, noting where each element starts in <paramref name="offsets"/> at its number less <paramref name="offsetBase"/>.
    /// The root's own offset is the caller's to note: it is where the output stands when this is called.
    /// </summary>
    public static void WriteObjects(ContentBuffer output, int rootNumber, StructureTree tree, int[] pages, int[] offsets, int offsetBase)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(offsets);
        WriteRoot(output, rootNumber, tree, pages.Length);
        Write(output, tree.Root, rootNumber, pages, offsets, offsetBase);
    }

    private static int Number(StructureElement element, int next)
    {
        element.ObjectNumber = next++;
        foreach (var kid in element.Kids)
        {
            next = Number(kid, next);
        }

        return next;
    }

    private static void WriteRoot(ContentBuffer output, int rootNumber, StructureTree tree, int pageCount)
    {
        output.Append(rootNumber).Append(" 0 obj\n<</Type/StructTreeRoot/K ");
        PdfSyntax.Reference(output, tree.Root.ObjectNumber);
        output.Append("/ParentTree<</Nums[");
        for (var page = 0; page < pageCount; page++)
        {
            output.Append(page).Append((byte)'[');
            if (page < tree.Pages.Count)
            {
                var sequences = tree.Pages[page];
                for (var index = 0; index < sequences.Count; index++)
                {
                    if (index > 0)
                    {
                        output.Append((byte)' ');
                    }

                    PdfSyntax.Reference(output, sequences[index].ObjectNumber);
                }
            }

            output.Append((byte)']');
        }

        output.Append("]>>/ParentTreeNextKey ").Append(pageCount).Append(">>\nendobj\n");
    }

    /// <summary>Writes the element and its descendants, in reading order, noting where each starts.</summary>
    private static void Write(ContentBuffer output, StructureElement element, int parent, int[] pages, int[] offsets, int offsetBase)
    {
        var number = element.ObjectNumber;
        offsets[number - offsetBase] = output.Length;
        output.Append(number).Append(" 0 obj\n<</S/").Append(element.Type).Append("/P ");
        PdfSyntax.Reference(output, parent);
        if (element.Alternate is { } alternate)
        {
            output.Append("/Alt");
            PdfSyntax.TextString(output, alternate);
        }

        // The element's page is the one it starts on; a sequence on another page names its own.
        var firstPage = element.Marks.Count > 0 ? element.Marks[0].Page : -1;
        if (firstPage >= 0)
        {
            output.Append("/Pg ");
            PdfSyntax.Reference(output, pages[firstPage]);
        }

        // A single kid or id is written without an array, as a reader takes either.
        var kidCount = element.Kids.Count + element.Marks.Count;
        if (kidCount > 0)
        {
            output.Append("/K");
            output.Append(kidCount > 1 ? (byte)'[' : (byte)' ');
            var separate = false;
            foreach (var kid in element.Kids)
            {
                Separate(output, ref separate);
                PdfSyntax.Reference(output, kid.ObjectNumber);
            }

            foreach (var (page, id) in element.Marks)
            {
                Separate(output, ref separate);
                if (page == firstPage)
                {
                    output.Append(id);
                    continue;
                }

                output.Append("<</Type/MCR/Pg ");
                PdfSyntax.Reference(output, pages[page]);
                output.Append("/MCID ").Append(id).Append(">>");
            }

            if (kidCount > 1)
            {
                output.Append((byte)']');
            }
        }

        output.Append(">>\nendobj\n");
        foreach (var kid in element.Kids)
        {
            Write(output, kid, number, pages, offsets, offsetBase);
        }
    }

    private static void Separate(ContentBuffer output, ref bool separate)
    {
        if (separate)
        {
            output.Append((byte)' ');
        }

        separate = true;
    }
}
