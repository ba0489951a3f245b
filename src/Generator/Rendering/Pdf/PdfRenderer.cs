using Supervision.Document;
using Supervision.Rendering.Pdf.Drawing;
using Supervision.Rendering.Pdf.Layout;

namespace Supervision.Rendering.Pdf;

/// <summary>
/// Renders an act as PDF: a typesetter over the document model (measure every block, break lines and
/// pages as values, then write them as a PDF file, see <see cref="Drawing.DocumentWriter"/>), on the page of <see cref="PageLayout"/>, in the font
/// <see cref="PdfFonts"/> found, tagged with the structure of its blocks (headings, paragraphs, lists,
/// tables, the requisite blocks) in the act's language, so that screen readers follow it. The same act
/// gives the same bytes.
/// </summary>
public static class PdfRenderer
{
    /// <summary>The act as a PDF file.</summary>
    /// <exception cref="InvalidOperationException">No font carrying every Kazakh and Russian letter is installed (see <see cref="PdfFonts.EnsureAvailable"/>).</exception>
    public static byte[] Render(ActDocument document) => Render(document, PdfWriting.Current);

    /// <summary>The act as a PDF file, its streams (page contents, font programs) deflated as <paramref name="writing"/> says.</summary>
    /// <exception cref="InvalidOperationException">No font carrying every Kazakh and Russian letter is installed (see <see cref="PdfFonts.EnsureAvailable"/>).</exception>
    public static byte[] Render(ActDocument document, PdfWriting writing)
    {
        ArgumentNullException.ThrowIfNull(document);
        var pages = Lay(document);
        return DocumentDrawer.Write(pages, document, PageGeometry.Official, writing);
    }

    /// <summary>The act's pages as values, before drawing.</summary>
    internal static IReadOnlyList<LaidOutPage> Lay(ActDocument document) =>
        DocumentLayout.Lay(document, Metrics, PageGeometry.Official);

    /// <summary>The metrics of the fonts in use.</summary>
    internal static ITypeMetrics Metrics => new FontSetMetrics(PdfFonts.Current);
}
