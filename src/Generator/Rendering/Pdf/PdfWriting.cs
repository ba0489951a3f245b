namespace Supervision.Rendering.Pdf;

/// <summary>How the PDF's streams are written: the page contents' compression and the embedded fonts' glyphs.</summary>
/// <remarks>
/// Both read and print the same in every viewer. The choice only changes the file's bytes, and so its SHA-256:
/// an act issued before its PDF was kept by the register is recognised by re-creating its file as that release
/// wrote it, which is why the older way stays.
/// </remarks>
public enum PdfWriting
{
    /// <summary>
    /// What every PDF is written with now: page contents as zlib streams at the fastest level, with their
    /// checksum; each font program carrying the glyphs of every character the templates print, drawn or not
    /// (see <c>StableGlyphs</c>), so that acts share their programs instead of each cutting its own.
    /// </summary>
    Current,

    /// <summary>
    /// As releases before 3 December 2026 wrote: page contents deflated as PDFsharp deflates (the
    /// best-compressing usual level, no zlib checksum), font programs cut to the glyphs drawn. For acts issued then.
    /// </summary>
    AsBefore,
}
