using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Supervision.Api.Register;

/// <summary>
/// The register's part of <c>/health</c>, without opening it: healthy when open or not needed yet,
/// degraded (the service still renders) when the last attempt to open it failed; the reason is in the log.
/// </summary>
internal sealed class RegisterHealthCheck(RegisterHost host) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(host.State switch
        {
            RegisterHostState.Open => HealthCheckResult.Healthy("the register of issued acts is open"),
            RegisterHostState.Opening => HealthCheckResult.Healthy("the register of issued acts is being opened"),
            RegisterHostState.NotOpened => HealthCheckResult.Healthy("the register of issued acts opens on first use"),
            _ => HealthCheckResult.Degraded("the register of issued acts could not be opened (see the service's log); acts render, but cannot be issued"),
        });
}
