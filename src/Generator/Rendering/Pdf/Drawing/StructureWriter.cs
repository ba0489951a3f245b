using PdfSharp.Pdf;
using Supervision.Rendering.Pdf.Structure;

namespace Supervision.Rendering.Pdf.Drawing;

/// <summary>
/// Writes a tagged PDF's structure into the document once its pages are written (ISO 32000-1, 14.7 and
/// 14.8): the structure tree root with its <c>Document</c> element and the parent tree, every element as
/// an indirect dictionary, the catalog's <c>/MarkInfo</c>, the pages' <c>/StructParents</c> and tab
/// order, and the viewer's title from the document properties. The language (<c>/Lang</c>) is the
/// catalog's already (see <see cref="DocumentDrawer"/>). Objects are made in the tree's order, so the
/// same act gives the same file.
/// </summary>
/// <remarks>
/// PDFsharp's cost of saving grows with each object and reference, so the elements carry only what a
/// reader needs: no optional <c>/Type /StructElem</c>, a single kid or id without an array, and their
/// structure types as names made once.
/// </remarks>
internal static class StructureWriter
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, PdfName> Names = new(StringComparer.Ordinal);

    /// <summary>Adds the structure of <paramref name="tree"/>, whose marks the page content of <paramref name="pdf"/>'s pages recorded.</summary>
    public static void Write(PdfDocument pdf, StructureTree tree)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(tree);
        var root = Indirect(pdf);
        var objects = new Dictionary<StructureElement, PdfDictionary>(ReferenceEqualityComparer.Instance);
        Make(pdf, tree.Root, objects);
        Fill(pdf, tree.Root, root, objects);

        var pages = pdf.Pages;
        var parents = new PdfArray(pdf);
        for (var page = 0; page < pages.Count; page++)
        {
            pages[page].Elements.SetInteger("/StructParents", page);
            pages[page].Elements.SetName("/Tabs", "/S");
            var sequences = new PdfArray(pdf);
            if (page < tree.Pages.Count)
            {
                foreach (var element in tree.Pages[page])
                {
                    sequences.Elements.Add(objects[element].ReferenceNotNull);
                }
            }

            parents.Elements.Add(new PdfInteger(page));
            parents.Elements.Add(sequences);
        }

        var parentTree = new PdfDictionary(pdf);
        parentTree.Elements["/Nums"] = parents;
        root.Elements.SetName("/Type", "/StructTreeRoot");
        root.Elements.SetReference("/K", objects[tree.Root]);
        root.Elements["/ParentTree"] = parentTree;
        root.Elements.SetInteger("/ParentTreeNextKey", pages.Count);

        var catalog = pdf.Internals.Catalog;
        catalog.Elements.SetReference("/StructTreeRoot", root);
        var markInfo = new PdfDictionary(pdf);
        markInfo.Elements.SetBoolean("/Marked", true);
        catalog.Elements["/MarkInfo"] = markInfo;
        pdf.ViewerPreferences.DisplayDocTitle = true;
    }

    /// <summary>The element's dictionary and its descendants', made in reading order.</summary>
    private static void Make(PdfDocument pdf, StructureElement element, Dictionary<StructureElement, PdfDictionary> objects)
    {
        objects.Add(element, Indirect(pdf));
        foreach (var kid in element.Kids)
        {
            Make(pdf, kid, objects);
        }
    }

    private static void Fill(PdfDocument pdf, StructureElement element, PdfDictionary parent, Dictionary<StructureElement, PdfDictionary> objects)
    {
        var dictionary = objects[element];
        dictionary.Elements["/S"] = Names.GetOrAdd(element.Type, type => new PdfName("/" + type));
        dictionary.Elements.SetReference("/P", parent);
        if (element.Alternate is { } alternate)
        {
            dictionary.Elements["/Alt"] = new PdfString(alternate, PdfStringEncoding.Unicode);
        }

        var kids = new PdfArray(pdf);
        foreach (var kid in element.Kids)
        {
            kids.Elements.Add(objects[kid].ReferenceNotNull);
            Fill(pdf, kid, dictionary, objects);
        }

        if (element.Marks.Count > 0)
        {
            // The element's page is the one it starts on; a sequence on another page names its own.
            var first = element.Marks[0].Page;
            dictionary.Elements.SetReference("/Pg", pdf.Pages[first]);
            foreach (var (page, id) in element.Marks)
            {
                if (page == first)
                {
                    kids.Elements.Add(new PdfInteger(id));
                    continue;
                }

                var reference = new PdfDictionary(pdf);
                reference.Elements.SetName("/Type", "/MCR");
                reference.Elements.SetReference("/Pg", pdf.Pages[page]);
                reference.Elements.SetInteger("/MCID", id);
                kids.Elements.Add(reference);
            }
        }

        if (kids.Elements.Count == 1)
        {
            dictionary.Elements["/K"] = kids.Elements[0];
        }
        else if (kids.Elements.Count > 1)
        {
            dictionary.Elements["/K"] = kids;
        }
    }

    private static PdfDictionary Indirect(PdfDocument pdf)
    {
        var dictionary = new PdfDictionary(pdf);
        pdf.Internals.AddObject(dictionary);
        return dictionary;
    }
}
