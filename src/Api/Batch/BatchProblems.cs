using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Api.Problems;

namespace Supervision.Api.Batch;

/// <summary>The problems only a batch answers with.</summary>
public static class BatchProblems
{
    /// <summary>The problem type of a batch holding more acts than <see cref="BatchLimits.MaxItems"/>.</summary>
    public const string TooManyItemsType = ProblemTypes.Prefix + "batch-too-large";

    /// <summary>The problem type of a batch holding no act.</summary>
    public const string EmptyType = ProblemTypes.Prefix + "batch-empty";

    /// <summary>422: more acts than one batch may hold.</summary>
    public static ProblemDetails TooManyItems(int count, int max) =>
        ApiProblems.Create(StatusCodes.Status422UnprocessableEntity, TooManyItemsType, "The batch holds too many acts",
            string.Create(CultureInfo.InvariantCulture, $"the batch holds {count} acts; at most {max} are rendered at once (setting Batch:MaxItems): split it"));

    /// <summary>422: a batch with no act in it.</summary>
    public static ProblemDetails Empty() =>
        ApiProblems.Create(StatusCodes.Status422UnprocessableEntity, EmptyType, "The batch holds no act", "send a JSON array of acts, or NDJSON with one act a line");
}
