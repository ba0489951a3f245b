using Microsoft.Extensions.Options;
using Supervision.Api.Templates;

namespace Supervision.Api.Register;

/// <summary>Opens the register in the background as the service starts, when <see cref="RegisterSettings.OpenOnStart"/>:
/// the database is created and migrated and the live templates parsed before the first act is rendered or issued,
/// and the service starts without waiting for it.</summary>
internal sealed class RegisterWarmup(LiveGenerator live, IOptions<RegisterSettings> settings) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (settings.Value.OpenOnStart)
        {
            // The host logs a failure; requests try again. Observe the task so that it is not reported as unobserved.
            _ = live.TemplatesAsync(CancellationToken.None).ContinueWith(
                opening => _ = opening.Exception,
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
