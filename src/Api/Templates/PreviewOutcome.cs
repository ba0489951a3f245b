using Microsoft.AspNetCore.Mvc;

namespace Supervision.Api.Templates;

/// <summary>What came of a preview: the rendered content, or a problem (the template's, the act's, or a busy service).</summary>
/// <param name="Content">The rendered bytes, when it rendered.</param>
/// <param name="ContentType">Their media type.</param>
/// <param name="Problem">The problem, when it did not.</param>
public sealed record PreviewOutcome(byte[]? Content, string? ContentType, ProblemDetails? Problem)
{
    internal static PreviewOutcome Rendered(byte[] content, string contentType) => new(content, contentType, null);

    internal static PreviewOutcome Failed(ProblemDetails problem) => new(null, null, problem);
}
