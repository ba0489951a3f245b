using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Supervision.Api.Health;

/// <summary>
/// For load balancers, orchestrators and monitoring; needs no sign-in. <c>/health/live</c>: the process answers
/// (restart it when not). <c>/health/ready</c>: it can do all its work — register reachable, templates loaded,
/// PDF fonts present — and so should be sent traffic; anything less (Degraded or Unhealthy) is 503, with each
/// check saying why. <c>/health</c> is the same as <c>/health/ready</c>.
/// </summary>
[ApiController]
[AllowAnonymous]
[Route("health")]
[Tags("Health")]
public sealed class HealthController(HealthCheckService health) : ControllerBase
{
    /// <summary>Whether the service is ready: the same answer as <c>/health/ready</c>.</summary>
    /// <response code="200">Healthy: the generator and its templates are loaded, the PDF fonts present, the register reachable.</response>
    /// <response code="503">Degraded or Unhealthy: each check says what is missing.</response>
    [HttpGet(Name = "getHealth")]
    [ProducesResponseType(typeof(ServiceHealth), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ServiceHealth), StatusCodes.Status503ServiceUnavailable, "application/json")]
    public Task<ActionResult<ServiceHealth>> Get() => Ready();

    /// <summary>Whether the service can do all its work and should be sent traffic.</summary>
    /// <response code="200">Healthy: the generator and its templates are loaded, the PDF fonts present, the register reachable.</response>
    /// <response code="503">Degraded (it still renders what it can) or Unhealthy: each check says what is missing.</response>
    [HttpGet("ready", Name = "getHealthReady")]
    [ProducesResponseType(typeof(ServiceHealth), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ServiceHealth), StatusCodes.Status503ServiceUnavailable, "application/json")]
    public async Task<ActionResult<ServiceHealth>> Ready()
    {
        var report = await health.CheckHealthAsync(HttpContext.RequestAborted);
        var status = new ServiceHealth(
            report.Status.ToString(),
            report.Entries.ToDictionary(entry => entry.Key, entry => new CheckHealth(entry.Value.Status.ToString(), entry.Value.Description)));
        return report.Status == HealthStatus.Healthy
            ? Ok(status)
            : StatusCode(StatusCodes.Status503ServiceUnavailable, status);
    }

    /// <summary>Whether the process answers; checks nothing else, so that a database outage does not get it restarted.</summary>
    /// <response code="200">The process answers.</response>
    [HttpGet("live", Name = "getHealthLive")]
    [ProducesResponseType(typeof(ServiceHealth), StatusCodes.Status200OK, "application/json")]
    public ActionResult<ServiceHealth> Live() => Ok(new ServiceHealth(nameof(HealthStatus.Healthy), new Dictionary<string, CheckHealth>()));
}
