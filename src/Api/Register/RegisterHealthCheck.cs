using Microsoft.Extensions.Diagnostics.HealthChecks;
using Supervision.Register;

namespace Supervision.Api.Register;

/// <summary>
/// The register's part of <c>/health</c>, without opening it: healthy when not needed yet or being
/// opened; when open, healthy only if its database answers a trivial question within
/// <see cref="ProbeTimeout"/>; degraded (the service still renders) when the last attempt to open it
/// failed or its database no longer answers, naming why (exception type, SQLSTATE or SQLite code;
/// never a password or connection string).
/// </summary>
internal sealed class RegisterHealthCheck(RegisterHost host) : IHealthCheck
{
    /// <summary>How long the database may take to answer before the register counts as out of reach.</summary>
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);

    private const string NotIssuable = "acts render, but cannot be issued";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        host.State switch
        {
            RegisterHostState.Open => await ProbeAsync(cancellationToken),
            RegisterHostState.Opening => HealthCheckResult.Healthy("the register of issued acts is being opened"),
            RegisterHostState.NotOpened => HealthCheckResult.Healthy("the register of issued acts opens on first use"),
            _ => HealthCheckResult.Degraded($"the register of issued acts could not be opened: {host.FailureReason ?? "see the service's log"}; {NotIssuable}"),
        };

    private async Task<HealthCheckResult> ProbeAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            var register = await host.GetAsync(timeout.Token);
            await register.PingAsync(timeout.Token);
            return HealthCheckResult.Healthy("the register of issued acts is open");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Degraded($"the register's database did not answer within {ProbeTimeout.TotalSeconds:0} s; {NotIssuable}");
        }
        catch (Exception exception) when (StoreFailure.Of(exception) is { } failure)
        {
            return HealthCheckResult.Degraded($"the register's database cannot be reached: {failure.Reason}; {NotIssuable}");
        }
    }
}
