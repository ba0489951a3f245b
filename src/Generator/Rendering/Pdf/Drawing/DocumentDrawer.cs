using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Supervision.Document;
using Supervision.Rendering.Pdf.Layout;
using Supervision.Rendering.Pdf.Structure;

namespace Supervision.Rendering.Pdf.Drawing;

/// <summary>
/// Writes laid-out pages as a PDF file with PDFsharp: the document properties and language from the act,
/// its date (at 00:00 UTC) as both timestamps, and no value that changes from run to run.
/// </summary>
/// <remarks>
/// PDFsharp makes the file's objects (pages, fonts and their subsets, graphics states) and saves it; the
/// operators of each page are written by <see cref="PageContent"/> into the content PDFsharp's graphics
/// object would have written, the same bytes as drawing through <see cref="PageDrawer"/>, at a fraction
/// of the cost. For each page PDFsharp is first made to set up the page's resources (see
/// <see cref="PageResources"/>), its scratch operators are then replaced, and PDFsharp closes the content
/// (<c>ET</c>, <c>Q</c>) as it does after its own drawing.
/// <para>
/// An act's file is a tagged PDF: the page content marks each line with its block's structure element
/// and <see cref="StructureWriter"/> adds the tree. Where PDFsharp draws the pages itself (a symbol font,
/// see <see cref="PdfFace.WritesContent"/>) the file is not tagged.
/// </para>
/// </remarks>
internal static class DocumentDrawer
{
    /// <summary>The application named in the file.</summary>
    public const string Creator = "Supervision";

    private const int InitialOutputCapacity = 128 * 1024;
    private const int MaximumKeptCapacity = 1024 * 1024;

    /// <summary>Room for the structure tree's objects and the longer table: some 50 bytes an element.</summary>
    private const int StructureAllowance = 16 * 1024;

    [ThreadStatic]
    private static MemoryStream? t_output;

    /// <summary>
    /// The file of an act's laid-out pages, tagged with the structure of its blocks: written without PDFsharp's object
    /// model (<see cref="DocumentWriter"/>) where it can be, by PDFsharp written <see cref="PdfWriting.AsBefore"/>.
    /// </summary>
    public static byte[] Write(IReadOnlyList<LaidOutPage> pages, ActDocument document, PageGeometry geometry, PdfWriting writing)
    {
        ArgumentNullException.ThrowIfNull(document);
        var writeContent = PdfFace.WritesContent;
        if (writeContent && writing == PdfWriting.Current)
        {
            var resources = new PageResources[pages.Count];
            for (var index = 0; index < resources.Length; index++)
            {
                resources[index] = PageResources.Name(pages[index]);
            }

            if (DocumentWriter.CanWrite(resources))
            {
                return DocumentWriter.Write(pages, resources, document.Info, geometry, new StructureTree(document.Blocks), writing);
            }
        }

        return Write(pages, document.Info, geometry, writeContent, writeContent ? new StructureTree(document.Blocks) : null, writing);
    }

    /// <summary>
    /// The file, its page content written by <see cref="PageContent"/> (tagged with <paramref name="structure"/>
    /// where given, deflated as <paramref name="writing"/> says) or, when <paramref name="writeContent"/> is
    /// false, drawn and deflated by PDFsharp. Written <see cref="PdfWriting.AsBefore"/>, the two are the same bytes.
    /// </summary>
    internal static byte[] Write(IReadOnlyList<LaidOutPage> pages, DocumentInfo info, PageGeometry geometry, bool writeContent, StructureTree? structure = null, PdfWriting writing = PdfWriting.AsBefore)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(geometry);
        using var pdf = new PdfDocument();
        Describe(pdf, info);
        if (!writeContent)
        {
            foreach (var laidOut in pages)
            {
                using var graphics = XGraphics.FromPdfPage(AddPage(pdf, geometry));
                PageDrawer.Draw(graphics, laidOut);
            }

            return Save(pdf);
        }

        var fonts = new DocumentFonts();
        foreach (var laidOut in pages)
        {
            WritePage(pdf, AddPage(pdf, geometry), laidOut, fonts, structure, writing);
        }

        fonts.AddTo(pdf);
        var programs = FontPrograms.Attach(pdf, fonts, writing);
        var root = structure is null ? null : StructureWriter.Prepare(pdf, structure);
        var file = Save(pdf, root, structure);
        FontPrograms.Keep(programs);
        return file;
    }

    private static PdfPage AddPage(PdfDocument pdf, PageGeometry geometry)
    {
        var page = pdf.AddPage();
        page.Width = XUnit.FromPoint(geometry.PageWidth);
        page.Height = XUnit.FromPoint(geometry.PageHeight);
        return page;
    }

    /// <summary>
    /// Has PDFsharp set the page's resources up and close its content, and writes the operators in
    /// between: the content stream <see cref="PageDrawer"/> would have PDFsharp write.
    /// </summary>
    private static void WritePage(PdfDocument pdf, PdfPage page, LaidOutPage laidOut, DocumentFonts fonts, StructureTree? structure, PdfWriting writing)
    {
        using var content = new ContentBuffer(PageContent.EstimateLength(laidOut));
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            var resources = PageResources.Realize(graphics, laidOut, fonts);
            (graphics.Internals.ContentStringBuilder ?? throw new InvalidOperationException("PDFsharp's graphics object has no content.")).Clear();
            PageContent.Write(content, laidOut, page.Height.Point, resources, fonts, structure);
        }

        // Disposing the graphics object wrote what closes the content (ET, Q); the operators go before it.
        var contentObject = (PdfDictionary)page.Contents.Elements.GetReference(0)!.Value;
        var stream = contentObject.Stream;
        content.Append(stream.Value);
        if (pdf.Options.CompressContentStreams && pdf.Options.FlateEncodeMode == PdfFlateEncodeMode.Default)
        {
            // Deflated here, without PDFsharp's growing buffers: as PDFsharp deflates it when saving, or faster.
            stream.Value = Flate.Encode(content.Written, writing);
            contentObject.Elements.SetName("/Filter", "/FlateDecode");
        }
        else
        {
            stream.Value = content.Written.ToArray();
        }
    }

    /// <summary>
    /// Saves the document into this thread's buffer (kept between renders, so a render allocates only the
    /// file it returns), adds the structure tree where given (see <see cref="StructureWriter"/>), seals the
    /// file, and returns it.
    /// </summary>
    private static byte[] Save(PdfDocument pdf, PdfDictionary? structureRoot = null, StructureTree? structure = null)
    {
        var stream = t_output ??= new MemoryStream(InitialOutputCapacity);
        stream.SetLength(0);
        try
        {
            pdf.Save(stream, false);
            var saved = stream.GetBuffer().AsSpan(0, (int)stream.Length);
            if (structureRoot is null || structure is null)
            {
                DeterministicPdf.Seal(saved);
                return saved.ToArray();
            }

            using var output = new ContentBuffer(saved.Length + StructureAllowance);
            StructureWriter.Splice(saved, pdf, structureRoot, structure, output);
            var file = output.Written.ToArray();
            DeterministicPdf.Seal(file);
            return file;
        }
        finally
        {
            if (stream.Capacity > MaximumKeptCapacity)
            {
                t_output = null;
            }
        }
    }

    private static void Describe(PdfDocument pdf, DocumentInfo info)
    {
        var date = new DateTime(info.Date, TimeOnly.MinValue, DateTimeKind.Utc);
        pdf.Info.Title = info.Title;
        pdf.Info.Subject = info.Subject;
        pdf.Info.Author = info.Author;
        pdf.Info.Creator = Creator;
        pdf.Info.CreationDate = date;
        pdf.Info.ModificationDate = date;
        pdf.Language = info.Culture;
        pdf.Internals.FirstDocumentID = DeterministicPdf.IdPlaceholder;
        pdf.Internals.SecondDocumentID = DeterministicPdf.IdPlaceholder;
    }
}
