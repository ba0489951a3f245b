using Supervision.Register;

namespace Supervision.Api.Register;

/// <summary>
/// Every hour, forgets the answers to idempotent requests kept past <see cref="RegisterSettings.KeepAnswersFor"/>
/// (<see cref="ActRegister.ForgetOldAnswersAsync"/>), so that the table does not grow for ever. Every replica
/// may run it: the deletion holds the audit chain's head, and a run that finds nothing writes nothing. A
/// register that does not open or a database that fails is logged and tried at the next hour; the service goes on.
/// </summary>
internal sealed partial class AnswerForgetting(RegisterHost host, TimeProvider clock, ILogger<AnswerForgetting> logger) : BackgroundService
{
    /// <summary>How often answers are looked at.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first look is an hour after the start: a register opened on demand stays unopened until asked.
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                var register = await host.GetAsync(stoppingToken).ConfigureAwait(false);
                var forgotten = await register.ForgetOldAnswersAsync(stoppingToken).ConfigureAwait(false);
                if (forgotten > 0)
                {
                    Forgotten(forgotten);
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // Whatever went wrong (a database gone, a register that would not open), the service must not stop for it.
                Failed(exception.GetType().Name, exception.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Forgot {Count} remembered answers to idempotent requests, kept past their time")]
    private partial void Forgotten(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Remembered answers were not forgotten this hour ({Type}: {Reason}); tried again at the next")]
    private partial void Failed(string type, string reason);
}
