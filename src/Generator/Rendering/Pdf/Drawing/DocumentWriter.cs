using Supervision.Document;
using Supervision.Rendering.Pdf.Fonts;
using Supervision.Rendering.Pdf.Layout;
using Supervision.Rendering.Pdf.Structure;

namespace Supervision.Rendering.Pdf.Drawing;

/// <summary>
/// Writes an act's laid-out pages as a tagged PDF file without PDFsharp's object model: every object is written
/// straight into one buffer, each in its final place, and the cross-reference table after them. The page contents
/// are <see cref="PageContent"/>'s operators, the fonts <see cref="FontObjects"/>, the structure tree
/// <see cref="StructureWriter"/>'s; the document information and XMP metadata carry the act's title, subject,
/// author and date (at 00:00 UTC); <see cref="DeterministicPdf"/> then derives the subset tags and ids from the content.
/// </summary>
/// <remarks>
/// PDFsharp made a graphics object for every page to set up its resources, an object per name, number and reference,
/// and wrote and deflated each face's ToUnicode map anew; all that was some two fifths of rendering a two-page act.
/// The objects are numbered before anything is written: the information dictionary, the catalog, the page tree,
/// the metadata, the graphics states, each page and its content, five objects per face, the structure tree's root and
/// its elements. Files written <see cref="PdfWriting.AsBefore"/>, and files in a face this cannot cut, are still
/// PDFsharp's (<see cref="DocumentDrawer"/>).
/// </remarks>
internal static class DocumentWriter
{
    private const int InfoNumber = 1;
    private const int CatalogNumber = 2;
    private const int PagesNumber = 3;
    private const int MetadataNumber = 4;

    /// <summary>Room for the objects besides the pages' content and the font programs.</summary>
    private const int ObjectsAllowance = 24 * 1024;

    /// <summary>Whether the pages can be written here: every face they draw can be cut into a subset here.</summary>
    public static bool CanWrite(IReadOnlyList<PageResources> resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        foreach (var page in resources)
        {
            foreach (var face in page.Faces)
            {
                if (FontSubset.Of(face) is null)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The file of the pages, with their resources as <see cref="PageResources.Name"/> named them.</summary>
    public static byte[] Write(IReadOnlyList<LaidOutPage> pages, IReadOnlyList<PageResources> resources, DocumentInfo info, PageGeometry geometry, StructureTree structure, PdfWriting writing)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(geometry);
        ArgumentNullException.ThrowIfNull(structure);

        var faces = new List<FontFace>(FontFaces.All.Count);
        var rules = false;
        foreach (var page in resources)
        {
            rules |= page.HasRules;
            foreach (var face in page.Faces)
            {
                if (!faces.Contains(face))
                {
                    faces.Add(face);
                }
            }
        }

        var next = MetadataNumber + 1;
        var fillState = faces.Count > 0 ? next++ : 0;
        var strokeState = rules ? next++ : 0;
        var firstPage = next;
        next += 2 * pages.Count;
        var fontNumbers = new int[FontFaces.All.Count];
        foreach (var face in faces)
        {
            fontNumbers[(int)face] = next;
            next += FontObjects.Count;
        }

        var rootNumber = next++;
        next += StructureWriter.Number(structure, next);

        var capacity = ObjectsAllowance + (faces.Count * 32 * 1024);
        foreach (var page in pages)
        {
            capacity += PageContent.EstimateLength(page) / 2;
        }

        using var objects = new PdfObjects(next - 1, capacity);
        WriteInfo(objects, info);
        WriteCatalog(objects, info, rootNumber);
        WritePageTree(objects, pages.Count, firstPage);
        WriteMetadata(objects, info);
        if (fillState > 0)
        {
            objects.Begin(fillState).Append("<</Type/ExtGState/ca 1>>"u8);
            objects.End();
        }

        if (strokeState > 0)
        {
            objects.Begin(strokeState).Append("<</Type/ExtGState/CA 1>>"u8);
            objects.End();
        }

        var fonts = new DocumentFonts();
        var programs = new List<KnownRange>(faces.Count);
        var pageNumbers = new int[pages.Count];
        using (var content = new ContentBuffer(4 * 1024))
        {
            for (var index = 0; index < pages.Count; index++)
            {
                pageNumbers[index] = firstPage + (2 * index);
                WritePage(objects, pageNumbers[index], index, resources[index], fontNumbers, fillState, strokeState, geometry);
                content.Clear();
                PageContent.Write(content, pages[index], geometry.PageHeight, resources[index], fonts, structure, ownFile: true);
                objects.Stream(pageNumbers[index] + 1, "/Filter/FlateDecode"u8, Flate.EncodeInPlace(content.Written, writing));
            }

            for (var index = 0; index < faces.Count; index++)
            {
                programs.Add(FontObjects.Write(objects, fontNumbers[(int)faces[index]], faces[index], index, fonts, writing, content));
            }
        }

        objects.Offsets[rootNumber] = objects.Output.Length;
        StructureWriter.WriteObjects(objects.Output, rootNumber, structure, pageNumbers, objects.Offsets, 0);
        objects.Finish(CatalogNumber, InfoNumber);

        var file = objects.Output.Written.ToArray();
        DeterministicPdf.Seal(file, programs);
        return file;
    }

    private static void WriteInfo(PdfObjects objects, DocumentInfo info)
    {
        var output = objects.Begin(InfoNumber).Append("<</Title"u8);
        PdfSyntax.TextString(output, info.Title).Append("/Author"u8);
        PdfSyntax.TextString(output, info.Author).Append("/Subject"u8);
        PdfSyntax.TextString(output, info.Subject).Append("/CreationDate"u8);
        PdfSyntax.Date(output, info.Date).Append("/ModDate"u8);
        PdfSyntax.Date(output, info.Date).Append("/Creator("u8).Append(DocumentDrawer.Creator).Append(")/Producer("u8).Append(DocumentDrawer.Creator).Append(")>>"u8);
        objects.End();
    }

    private static void WriteCatalog(PdfObjects objects, DocumentInfo info, int rootNumber)
    {
        var output = objects.Begin(CatalogNumber).Append("<</Type/Catalog/Pages "u8);
        PdfSyntax.Reference(output, PagesNumber).Append("/Lang"u8);
        PdfSyntax.PlainString(output, info.Culture).Append("/Metadata "u8);
        PdfSyntax.Reference(output, MetadataNumber).Append("/StructTreeRoot "u8);
        PdfSyntax.Reference(output, rootNumber).Append("/MarkInfo<</Marked true>>/ViewerPreferences<</DisplayDocTitle true>>>>"u8);
        objects.End();
    }

    private static void WritePageTree(PdfObjects objects, int count, int firstPage)
    {
        var output = objects.Begin(PagesNumber).Append("<</Type/Pages/Count "u8).Append(count).Append("/Kids["u8);
        for (var index = 0; index < count; index++)
        {
            if (index > 0)
            {
                output.Append((byte)' ');
            }

            PdfSyntax.Reference(output, firstPage + (2 * index));
        }

        output.Append("]>>"u8);
        objects.End();
    }

    private static void WriteMetadata(PdfObjects objects, DocumentInfo info)
    {
        using var packet = new ContentBuffer(4 * 1024);
        XmpMetadata.Write(packet, info, DocumentDrawer.Creator, DocumentDrawer.Creator);
        objects.Stream(MetadataNumber, "/Type/Metadata/Subtype/XML"u8, packet.Written);
    }

    private static void WritePage(PdfObjects objects, int number, int index, PageResources resources, int[] fontNumbers, int fillState, int strokeState, PageGeometry geometry)
    {
        var output = objects.Begin(number).Append("<</Type/Page/Parent "u8);
        PdfSyntax.Reference(output, PagesNumber).Append("/MediaBox[0 0 "u8).Append(geometry.PageWidth, 3).Append((byte)' ').Append(geometry.PageHeight, 3);
        output.Append("]/Resources<<"u8);
        if (resources.Faces.Count > 0)
        {
            output.Append("/Font<<"u8);
            for (var face = 0; face < resources.Faces.Count; face++)
            {
                output.Append(resources.FontName(resources.Faces[face])).Append((byte)' ');
                PdfSyntax.Reference(output, fontNumbers[(int)resources.Faces[face]]);
            }

            output.Append(">>"u8);
        }

        if (resources.Faces.Count > 0 || resources.HasRules)
        {
            output.Append("/ExtGState<<"u8);
            if (resources.Faces.Count > 0)
            {
                output.Append(resources.FillState).Append((byte)' ');
                PdfSyntax.Reference(output, fillState);
            }

            if (resources.HasRules)
            {
                output.Append(resources.StrokeState).Append((byte)' ');
                PdfSyntax.Reference(output, strokeState);
            }

            output.Append(">>"u8);
        }

        output.Append(">>/Contents "u8);
        PdfSyntax.Reference(output, number + 1).Append("/StructParents "u8).Append(index).Append("/Tabs/S>>"u8);
        objects.End();
    }
}
