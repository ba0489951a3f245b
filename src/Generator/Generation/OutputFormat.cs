using System.Text.Json.Serialization;

namespace Supervision.Generation;

/// <summary>What an act can be rendered as.</summary>
public enum OutputFormat
{
    /// <summary>Word document, to edit and print.</summary>
    [JsonStringEnumMemberName("docx")] Docx,

    /// <summary>PDF, to sign and send.</summary>
    [JsonStringEnumMemberName("pdf")] Pdf,

    /// <summary>HTML page, the preview.</summary>
    [JsonStringEnumMemberName("html")] Html,

    /// <summary>The act markup its template wrote, for template editors.</summary>
    [JsonStringEnumMemberName("markup")] Markup,

    /// <summary>The act's plain text, a line per paragraph.</summary>
    [JsonStringEnumMemberName("text")] Text,
}

/// <summary>Facts about output formats.</summary>
public static class OutputFormats
{
    /// <summary>Whether the format is text a terminal can show.</summary>
    public static bool IsText(this OutputFormat format) => format is OutputFormat.Markup or OutputFormat.Text or OutputFormat.Html;

    /// <summary>The file extension, without the dot.</summary>
    public static string Extension(this OutputFormat format) => format switch
    {
        OutputFormat.Docx => "docx",
        OutputFormat.Pdf => "pdf",
        OutputFormat.Html => "html",
        OutputFormat.Markup => "md",
        _ => "txt",
    };

    /// <summary>The media type of the format.</summary>
    public static string ContentType(this OutputFormat format) => format switch
    {
        OutputFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        OutputFormat.Pdf => "application/pdf",
        OutputFormat.Html => "text/html; charset=utf-8",
        OutputFormat.Markup => "text/markdown; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    };
}
