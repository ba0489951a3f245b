namespace Supervision.Rendering.Pdf;

/// <summary>How the PDF's streams are deflated: the page contents and the embedded font programs.</summary>
/// <remarks>
/// Both read and print the same in every viewer. The choice only changes the file's bytes, and so its SHA-256:
/// an act issued before its PDF was kept by the register is recognised by re-creating its file as that release
/// wrote it, which is why the older way stays.
/// </remarks>
public enum PdfWriting
{
    /// <summary>
    /// What every PDF is written with now: page contents and font programs as zlib streams at the fastest level,
    /// with their checksum.
    /// </summary>
    Current,

    /// <summary>
    /// As releases before 3 December 2026 wrote: page contents deflated as PDFsharp deflates (the
    /// best-compressing usual level, no zlib checksum), the font programs too. For acts issued then.
    /// </summary>
    AsBefore,
}
