using Microsoft.Extensions.Diagnostics.HealthChecks;
using Supervision.Register;

namespace Supervision.Api.Register;

/// <summary>
/// The register's part of <c>/health</c> (and so of <c>/health/ready</c>). Healthy only when the register is open
/// and its database answers a trivial question within <see cref="ProbeTimeout"/>, or when it is not needed yet
/// (<see cref="RegisterSettings.OpenOnStart"/> off: it opens on first use, and the check does not open it).
/// While it is being opened (the database created or migrated, the shipped templates stored) the check waits for
/// that up to <see cref="ProbeTimeout"/> and otherwise answers Degraded: a replica must not be sent requests it
/// can only answer by waiting for its register, or with a 503. Degraded too (the service still renders) when the
/// last attempt to open it failed or its database no longer answers, naming why (exception type, SQLSTATE or
/// SQLite code; never a password or connection string).
/// </summary>
internal sealed class RegisterHealthCheck(RegisterHost host) : IHealthCheck
{
    /// <summary>How long the database may take to answer (or the register to finish opening) before the register counts as not ready.</summary>
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);

    private const string NotIssuable = "acts render, but cannot be issued";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        host.State switch
        {
            RegisterHostState.Open => await ProbeAsync(opening: false, cancellationToken),
            RegisterHostState.Opening => await ProbeAsync(opening: true, cancellationToken),
            RegisterHostState.NotOpened => HealthCheckResult.Healthy("the register of issued acts opens on first use"),
            _ => Failed(),
        };

    private HealthCheckResult Failed() =>
        HealthCheckResult.Degraded($"the register of issued acts could not be opened: {host.FailureReason ?? "see the service's log"}; {NotIssuable}");

    /// <summary>Waits for the register (when <paramref name="opening"/>, for its open to end) and asks its database a trivial question.</summary>
    private async Task<HealthCheckResult> ProbeAsync(bool opening, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        var opened = !opening;
        try
        {
            var register = await host.GetAsync(timeout.Token);
            opened = true;
            await register.PingAsync(timeout.Token);
            return HealthCheckResult.Healthy("the register of issued acts is open");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return opened
                ? HealthCheckResult.Degraded($"the register's database did not answer within {ProbeTimeout.TotalSeconds:0} s; {NotIssuable}")
                : HealthCheckResult.Degraded($"the register of issued acts is still being opened (its database reached, migrated, the shipped templates stored); {NotIssuable} yet");
        }
        catch (RegisterException) when (!opened)
        {
            return Failed();
        }
        catch (Exception exception) when (StoreFailure.Of(exception) is { } failure)
        {
            return HealthCheckResult.Degraded($"the register's database cannot be reached: {failure.Reason}; {NotIssuable}");
        }
    }
}
