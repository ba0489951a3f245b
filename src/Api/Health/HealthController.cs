using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Supervision.Api.Health;

/// <summary>Whether the service can render: for load balancers and monitoring. Needs no API key.</summary>
[ApiController]
[AllowAnonymous]
[Route("health")]
[Tags("Health")]
public sealed class HealthController(HealthCheckService health) : ControllerBase
{
    /// <summary>The service's health.</summary>
    /// <response code="200">Healthy: the generator and its templates are loaded.</response>
    /// <response code="503">Unhealthy.</response>
    [HttpGet(Name = "getHealth")]
    [ProducesResponseType(typeof(ServiceHealth), StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(typeof(ServiceHealth), StatusCodes.Status503ServiceUnavailable, "application/json")]
    public async Task<ActionResult<ServiceHealth>> Get()
    {
        var report = await health.CheckHealthAsync(HttpContext.RequestAborted);
        var status = new ServiceHealth(
            report.Status.ToString(),
            report.Entries.ToDictionary(entry => entry.Key, entry => new CheckHealth(entry.Value.Status.ToString(), entry.Value.Description)));
        return report.Status == HealthStatus.Unhealthy
            ? StatusCode(StatusCodes.Status503ServiceUnavailable, status)
            : Ok(status);
    }
}
