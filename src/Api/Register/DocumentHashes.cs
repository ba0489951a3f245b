using Supervision.Generation;

namespace Supervision.Api.Register;

/// <summary>The SHA-256 (lowercase hex) of each document stored when the act was issued.</summary>
/// <param name="Docx">Of the DOCX.</param>
/// <param name="Pdf">Of the PDF.</param>
/// <param name="Html">Of the HTML.</param>
public sealed record DocumentHashes(string? Docx, string? Pdf, string? Html)
{
    /// <summary>The hashes from the register's record.</summary>
    public static DocumentHashes Of(IReadOnlyDictionary<OutputFormat, string> sha256)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        return new(sha256.GetValueOrDefault(OutputFormat.Docx), sha256.GetValueOrDefault(OutputFormat.Pdf), sha256.GetValueOrDefault(OutputFormat.Html));
    }
}
