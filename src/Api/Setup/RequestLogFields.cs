namespace Supervision.Api.Setup;

/// <summary>
/// What a request log line may say about the act besides method, path and status: its kind, language
/// and the format asked for. Nothing else of the act (names, numbers, texts) is ever logged.
/// </summary>
public sealed class RequestLogFields
{
    /// <summary>The act's kind ("order"), once read.</summary>
    public string? Kind { get; set; }

    /// <summary>The act's language ("kk"), once read.</summary>
    public string? Language { get; set; }

    /// <summary>The output format asked for ("docx").</summary>
    public string? Format { get; set; }
}
