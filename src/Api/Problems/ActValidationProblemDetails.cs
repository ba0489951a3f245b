using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Validation;

namespace Supervision.Api.Problems;

/// <summary>422: the act breaks the rules; <see cref="Errors"/> lists every error at once.</summary>
public sealed class ActValidationProblemDetails : ProblemDetails
{
    /// <summary>Each error: the field's path, a stable code, and a message in the act's language.</summary>
    [JsonPropertyName("errors")]
    public IReadOnlyList<ValidationError> Errors { get; init; } = [];
}
