using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Reading;

namespace Supervision.Api.Problems;

/// <summary>400: the body could not be read as an act; <see cref="Errors"/> says where (path, line, column) and what.</summary>
public sealed class ActReadProblemDetails : ProblemDetails
{
    /// <summary>What could not be read: the JSON path, 1-based line and column where known, and a message.</summary>
    [JsonPropertyName("errors")]
    public IReadOnlyList<ActReadError> Errors { get; init; } = [];
}
