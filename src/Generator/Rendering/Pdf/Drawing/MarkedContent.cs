namespace Supervision.Rendering.Pdf.Drawing;

/// <summary>
/// The operators that open the artifacts of a tagged page: what is drawn but is no part of the act's
/// text, so that a reader skips it (ISO 32000-1, 14.8.2.2).
/// </summary>
internal static class MarkedContent
{
    /// <summary>The page number at the top of the page.</summary>
    public static readonly byte[] PageNumber = "/Artifact <</Type /Pagination /Subtype /Header>> BDC\n"u8.ToArray();

    /// <summary>A table's header row drawn again at the top of a later page.</summary>
    public static readonly byte[] Repeated = "/Artifact <</Type /Pagination>> BDC\n"u8.ToArray();

    /// <summary>The table's rules.</summary>
    public static readonly byte[] Rules = "/Artifact <</Type /Layout>> BDC\n"u8.ToArray();
}
