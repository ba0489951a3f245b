namespace Supervision.Rendering.Pdf;

/// <summary>How the PDF's page contents are deflated.</summary>
/// <remarks>
/// Both read the same in every viewer. The choice only changes the file's bytes, and so its SHA-256: an act
/// issued before its PDF was kept by the register is recognised by re-creating its file as that release wrote
/// it, which is why the older way stays.
/// </remarks>
public enum PageCompression
{
    /// <summary>A zlib stream at the fastest level, with its checksum: what every PDF is written with now.</summary>
    Fast,

    /// <summary>
    /// As PDFsharp deflates (the best-compressing usual level, no zlib checksum): what every release before
    /// 3 December 2026 wrote, for acts issued then.
    /// </summary>
    AsBefore,
}
