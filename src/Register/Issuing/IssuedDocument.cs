using Supervision.Generation;

namespace Supervision.Register;

/// <summary>A document of an issued act, as produced when it was issued or re-created from the register.</summary>
/// <param name="Format">Its format.</param>
/// <param name="Content">Its bytes.</param>
/// <param name="ContentType">Its media type.</param>
/// <param name="FileName">A file name from kind, number and date ("instruction-2-11-25-1-2025-10-14.docx").</param>
/// <param name="Sha256">The SHA-256 of the bytes, lowercase hex.</param>
public sealed record IssuedDocument(OutputFormat Format, byte[] Content, string ContentType, string FileName, string Sha256);
