using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Templating;

namespace Supervision.Api.Problems;

/// <summary>422: an edited template does not parse, or fails while rendering (an unknown field, a limit reached).</summary>
public sealed class TemplateProblemDetails : ProblemDetails
{
    /// <summary>Each problem: the template file, 1-based line and column (0 for the file as a whole), and a message.</summary>
    [JsonPropertyName("errors")]
    public IReadOnlyList<TemplateProblem> Errors { get; init; } = [];
}
