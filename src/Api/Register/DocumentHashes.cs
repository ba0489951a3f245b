using Supervision.Generation;

namespace Supervision.Api.Register;

/// <summary>The SHA-256 (lowercase hex) of each document hashed when the act was issued.</summary>
/// <param name="Docx">Of the DOCX, for acts issued before the PDF was kept; null since (the DOCX is re-created when asked, not hashed).</param>
/// <param name="Pdf">Of the PDF, the official document kept in the register as issued.</param>
/// <param name="Html">Of the HTML, for acts issued before the PDF was kept; null since.</param>
public sealed record DocumentHashes(string? Docx, string? Pdf, string? Html)
{
    /// <summary>The hashes from the register's record.</summary>
    public static DocumentHashes Of(IReadOnlyDictionary<OutputFormat, string> sha256)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        return new(sha256.GetValueOrDefault(OutputFormat.Docx), sha256.GetValueOrDefault(OutputFormat.Pdf), sha256.GetValueOrDefault(OutputFormat.Html));
    }
}
