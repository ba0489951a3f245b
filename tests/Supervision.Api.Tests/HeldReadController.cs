using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Supervision.Api.Setup;

namespace Supervision.Api.Tests;

/// <summary>
/// A controller added only in a test: a read under the register-read limit that holds its turn until the test
/// lets it go, so that what the limit does with the next reads can be seen without racing.
/// </summary>
[ApiController]
[AllowAnonymous]
[Route("api/test-held-read")]
[EnableRateLimiting(RegisterReadLimit.Policy)]
public sealed class HeldReadController : ControllerBase
{
    /// <summary>Set when a read has its turn.</summary>
    public static TaskCompletionSource Entered { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completed to end the read that holds the turn.</summary>
    public static TaskCompletionSource Release { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [HttpGet]
    public async Task<IActionResult> Hold()
    {
        Entered.TrySetResult();
        await Release.Task.WaitAsync(HttpContext.RequestAborted);
        return Ok(new { held = true });
    }
}
