using Microsoft.Extensions.Diagnostics.HealthChecks;
using Supervision.Generation;

namespace Supervision.Api.Health;

/// <summary>Healthy when the generator is up: its policy, calendar and built-in templates loaded.</summary>
internal sealed class GeneratorHealthCheck : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var generator = ActGenerator.Default;
            return Task.FromResult(HealthCheckResult.Healthy($"{generator.Composer.Templates.Templates.Templates.Count} templates loaded"));
        }
#pragma warning disable CA1031 // Any failure to load is what this check reports.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("the generator did not load", exception));
        }
    }
}
