using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Supervision.Document;
using Supervision.Rendering.Pdf.Layout;

namespace Supervision.Rendering.Pdf.Drawing;

/// <summary>
/// Writes laid-out pages as a PDF file with PDFsharp: the document properties and language from the act,
/// its date (at 00:00 UTC) as both timestamps, and no value that changes from run to run.
/// </summary>
internal static class DocumentDrawer
{
    /// <summary>The application named in the file.</summary>
    public const string Creator = "Supervision";

    public static byte[] Write(IReadOnlyList<LaidOutPage> pages, DocumentInfo info, PageGeometry geometry)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(info);
        using var pdf = new PdfDocument();
        Describe(pdf, info);
        foreach (var laidOut in pages)
        {
            var page = pdf.AddPage();
            page.Width = XUnit.FromPoint(geometry.PageWidth);
            page.Height = XUnit.FromPoint(geometry.PageHeight);
            using var graphics = XGraphics.FromPdfPage(page);
            PageDrawer.Draw(graphics, laidOut);
        }

        using var stream = new MemoryStream();
        pdf.Save(stream, false);
        return DeterministicPdf.Seal(stream.ToArray());
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
