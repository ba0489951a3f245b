namespace Supervision.Document;

/// <summary>
/// An act laid out as blocks, independent of the output format: what the template's markup means.
/// Every renderer (DOCX, HTML, PDF) turns this same model into bytes.
/// </summary>
/// <param name="Info">Document properties: title, subject, author office, language, date.</param>
/// <param name="Blocks">The content, top to bottom.</param>
public sealed record ActDocument(DocumentInfo Info, IReadOnlyList<Block> Blocks);
