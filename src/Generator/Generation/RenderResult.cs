using Supervision.Validation;

namespace Supervision.Generation;

/// <summary>What came of rendering an act: the document, the act's errors, or why it was refused.</summary>
public abstract record RenderResult
{
    private RenderResult()
    {
    }

    /// <summary>The rendered file.</summary>
    /// <param name="Content">The bytes.</param>
    /// <param name="ContentType">The media type.</param>
    /// <param name="FileName">A file name built from kind, number and date: "order-2-05-25-318-2025-09-23.docx".</param>
    public sealed record Document(byte[] Content, string ContentType, string FileName) : RenderResult;

    /// <summary>The act did not pass validation; nothing was rendered.</summary>
    public sealed record Invalid(IReadOnlyList<ValidationError> Errors) : RenderResult
    {
        /// <summary>The act's warnings, reported beside the errors.</summary>
        public IReadOnlyList<ValidationError> Warnings { get; init; } = [];
    }

    /// <summary>The request cannot be rendered: a variant the act does not have, or a template failure.</summary>
    public sealed record Refused(string Message) : RenderResult;
}
