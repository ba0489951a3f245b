using Supervision.Generation;

namespace Supervision.Register;

/// <summary>Which of an issued act's documents the register keeps and which it re-creates when asked.</summary>
public static class IssuedFormats
{
    /// <summary>
    /// The PDF: the official document, the one its QR code verifies and its signatory signs with EDS. It alone is
    /// rendered at issue; its bytes are kept in the register with their SHA-256 (recorded in the audit trail) and
    /// served as they were issued, whatever this program's renderer does later.
    /// </summary>
    public const OutputFormat Kept = OutputFormat.Pdf;

    /// <summary>
    /// DOCX (to edit and print) and HTML (the preview): re-created when asked from the act's stored JSON with the
    /// template versions it was issued with. Not rendered nor hashed at issue; acts issued before the PDF was kept
    /// have their hashes, which are still compared.
    /// </summary>
    public static IReadOnlyList<OutputFormat> ReCreated { get; } = [OutputFormat.Docx, OutputFormat.Html];
}
