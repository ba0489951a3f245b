using System.Text.Json.Serialization;

namespace Supervision.Batch;

/// <summary>The batch's <c>manifest.json</c>, the zip's last entry: one entry per item, in the batch's order.</summary>
public sealed record BatchManifest
{
    /// <summary>The entry's name in the zip.</summary>
    public const string FileName = "manifest.json";

    /// <summary>The format every document is in: "pdf" or "docx".</summary>
    [JsonPropertyName("format")]
    public required string Format { get; init; }

    /// <summary>How many items were rendered.</summary>
    [JsonPropertyName("rendered")]
    public required int Rendered { get; init; }

    /// <summary>How many items have errors instead of a document.</summary>
    [JsonPropertyName("failed")]
    public required int Failed { get; init; }

    /// <summary>Every item, in the batch's order.</summary>
    [JsonPropertyName("items")]
    public required IReadOnlyList<BatchEntry> Items { get; init; }
}
