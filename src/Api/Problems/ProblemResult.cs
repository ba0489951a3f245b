using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace Supervision.Api.Problems;

/// <summary>A controller's answer that is a problem, written by <see cref="ProblemWriter"/>.</summary>
public sealed class ProblemResult(ProblemDetails problem) : IActionResult, IStatusCodeActionResult
{
    /// <summary>The problem.</summary>
    public ProblemDetails Problem { get; } = problem ?? throw new ArgumentNullException(nameof(problem));

    /// <inheritdoc />
    public int? StatusCode => Problem.Status;

    /// <inheritdoc />
    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ProblemWriter.WriteAsync(context.HttpContext, Problem);
    }
}
