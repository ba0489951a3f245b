using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Validation;

namespace Supervision.Api.Problems;

/// <summary>422: the act breaks the rules; <see cref="Errors"/> lists every error at once, <see cref="Warnings"/>
/// what else to look at.</summary>
public sealed class ActValidationProblemDetails : ProblemDetails
{
    /// <summary>Each error: the field's path, a stable code, and a message in the act's language.</summary>
    [JsonPropertyName("errors")]
    public IReadOnlyList<ValidationError> Errors { get; init; } = [];

    /// <summary>Each warning, shaped as an error (path, code, message) but never the reason for the 422.
    /// Validate and render list them (possibly empty); absent where the answer does not report them (issuing).</summary>
    [JsonPropertyName("warnings")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ValidationError>? Warnings { get; init; }
}
