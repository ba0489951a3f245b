using Supervision.Document;

namespace Supervision.Rendering.Docx;

/// <summary>
/// Renders an <see cref="ActDocument"/> as a Word document (DOCX): A4, the margins, type and spacing of
/// an official document (<see cref="PageLayout"/>), page numbers at the top from page 2, the act's
/// language set for the spell-checker, and the title, subject, author and date in the file's properties.
/// The output is deterministic: the same document gives the same bytes, whenever and wherever it is
/// rendered on the same runtime.
/// </summary>
public static class DocxRenderer
{
    /// <summary>The DOCX file of <paramref name="document"/>.</summary>
    /// <exception cref="NotSupportedException">The document holds a block or inline this renderer does not know.</exception>
    public static byte[] Render(ActDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var buffer = new MemoryStream(capacity: 32 * 1024);
        PackageWriter.Write(document, buffer);
        return buffer.ToArray();
    }

    /// <summary>Writes the DOCX file of <paramref name="document"/> to <paramref name="output"/>, which stays open.</summary>
    /// <remarks>
    /// The package is built in memory and then copied, so that the bytes do not depend on whether
    /// <paramref name="output"/> can seek (a zip written to a stream that cannot seek is laid out differently).
    /// </remarks>
    /// <exception cref="NotSupportedException">The document holds a block or inline this renderer does not know.</exception>
    public static void Render(ActDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream(capacity: 32 * 1024);
        PackageWriter.Write(document, buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }
}
