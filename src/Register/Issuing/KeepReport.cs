namespace Supervision.Register;

/// <summary>What keeping the PDFs of acts issued before they were kept came to (<c>register keep-documents</c>).</summary>
/// <param name="Kept">Acts whose re-created PDF had the hash stored at issue and is now kept.</param>
/// <param name="NotKept">Acts whose PDF was re-created with another hash, or could not be re-created: left as they were.</param>
public sealed record KeepReport(int Kept, int NotKept);
