namespace Supervision.Register;

/// <summary>A stored act's document: the bytes kept at issue (the PDF), or re-created from the register with the
/// template versions it was issued with (the DOCX and HTML, and the PDF of an act issued before PDFs were kept).</summary>
/// <param name="Act">The register's record of the act.</param>
/// <param name="Document">The document served.</param>
/// <param name="MatchesIssued">Whether its SHA-256 equals the one stored at issue; null where no hash was
/// stored for that format and variant (the DOCX and HTML of acts issued since the PDF is kept, a markup or text
/// rendering, a court copy).</param>
public sealed record RenderedAct(IssuedAct Act, IssuedDocument Document, bool? MatchesIssued)
{
    /// <summary>Whether the bytes are those kept in the register (the PDF as issued, or a signed act's signed
    /// file) rather than re-created: a mismatch then means the stored bytes were changed, not the renderer.</summary>
    public bool IsKept { get; init; }
}
