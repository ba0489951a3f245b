using Microsoft.AspNetCore.Mvc;

namespace Supervision.Api.Tests;

/// <summary>A controller added only in a test, to see what the service does with a fault of its own.</summary>
[ApiController]
[Route("api/test-failure")]
public sealed class FailingController : ControllerBase
{
    public const string Secret = "Тұрсынбаев Ербол";

    [HttpGet]
    public IActionResult Fail() => throw new InvalidOperationException($"failed at {Request.Path} while rendering the act of {Secret}");
}
