using System.Text.Json.Serialization;
using Supervision.Reading;
using Supervision.Validation;

namespace Supervision.Batch;

/// <summary>
/// One line of a batch's <c>manifest.json</c>: the document written for an item (its file name and
/// SHA-256), or why there is none, in the shapes the single-act endpoints answer with: a 400's read
/// errors (message, path, line, column), a 422's validation errors and warnings (path, code, message).
/// </summary>
public sealed record BatchEntry
{
    /// <summary>The item's place in the batch, from 0.</summary>
    [JsonPropertyName("index")]
    public required int Index { get; init; }

    /// <summary>Where the item came from (a file name, an NDJSON line), when it did not come from an array.</summary>
    [JsonPropertyName("source")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Source { get; init; }

    /// <summary>The document's name in the zip: "order-kk-3.pdf"; null when the item has errors.</summary>
    [JsonPropertyName("file")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? File { get; init; }

    /// <summary>The document's SHA-256, lower-case hex; null when the item has errors.</summary>
    [JsonPropertyName("sha256")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Sha256 { get; init; }

    /// <summary>The status the single-act render would have answered: 200, 400 (not an act), 422 (breaks the rules or cannot be worded).</summary>
    [JsonPropertyName("status")]
    public required int Status { get; init; }

    /// <summary>The problem's short name: "act-unreadable", "act-invalid", "act-not-renderable"; null for a document.</summary>
    [JsonPropertyName("problem")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Problem { get; init; }

    /// <summary>Why the item could not be read (the render endpoint's 400 <c>errors</c>).</summary>
    [JsonPropertyName("readErrors")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ActReadError>? ReadErrors { get; init; }

    /// <summary>Every rule the act breaks (the render endpoint's 422 <c>errors</c>); a template's refusal is one error at path "" with code "not-renderable".</summary>
    [JsonPropertyName("errors")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ValidationError>? Errors { get; init; }

    /// <summary>The act's warnings beside its errors (the 422's <c>warnings</c>).</summary>
    [JsonPropertyName("warnings")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ValidationError>? Warnings { get; init; }

    /// <summary>Whether a document was written for the item.</summary>
    [JsonIgnore]
    public bool Rendered => File is not null;
}
