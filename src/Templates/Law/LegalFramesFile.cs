using System.Text.Json;

namespace Supervision.Law;

/// <summary>
/// The shape of <c>legal-frames.json</c>, read strictly: a missing field, an unknown field or a wrong type is an
/// error naming its place, so that a lawyer's typo fails loudly instead of printing a wrong article.
/// </summary>
internal sealed record LegalFramesFile(
    string About,
    IReadOnlyDictionary<string, LawEntry> Laws,
    IReadOnlyList<FrameEntry> Frames,
    IReadOnlyList<string>? HowToAdd = null)
{
    internal static JsonSerializerOptions JsonOptions { get; } = DataFileJson.Strict(JsonNamingPolicy.KebabCaseLower);
}

/// <summary>A law as the file gives it.</summary>
internal sealed record LawEntry(string Source, LawNameEntry? Kk, LawNameEntry? Ru, DateOnly? Date = null, string? Number = null);

/// <summary>A law's printed name in one language.</summary>
internal sealed record LawNameEntry(string Genitive, string? Short = null);

/// <summary>A frame as the file gives it.</summary>
internal sealed record FrameEntry(
    string Id,
    string Title,
    DateOnly From,
    string Source,
    IReadOnlyDictionary<string, KindEntry> Kinds,
    DateOnly? Until = null,
    string? Inherits = null);

/// <summary>One kind's entry in a frame.</summary>
internal sealed record KindEntry(
    string Source,
    IReadOnlyDictionary<string, CitationEntry> Citations,
    IReadOnlyDictionary<string, TermEntry>? Terms = null,
    DocumentTypeEntry? DocumentType = null);

/// <summary>A citation as the file gives it.</summary>
internal sealed record CitationEntry(
    string Law,
    string Source,
    IReadOnlyList<string>? Articles = null,
    IReadOnlyList<string>? Paragraphs = null,
    IReadOnlyList<string>? Chapters = null);

/// <summary>A term as the file gives it.</summary>
internal sealed record TermEntry(int Days, TermUnit Unit, string Source);

/// <summary>A printed document type that differs from the template's.</summary>
internal sealed record DocumentTypeEntry(string? Kk, string? Ru);
