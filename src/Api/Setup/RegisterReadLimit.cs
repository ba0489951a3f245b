using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Supervision.Api.Problems;

namespace Supervision.Api.Setup;

/// <summary>
/// Bounds the reads over many acts served at once (<see cref="ApiLimits.RegisterReads"/>), with ASP.NET Core's
/// concurrency limiter: each holds a page of hundreds of acts while it is read, shaped and written, so sixteen at
/// once held four times the memory of four and, on two cores, finished no sooner. The others wait in order; a
/// waiting caller that goes away leaves the queue. The actions opt in with <c>[EnableRateLimiting(Policy)]</c>.
/// </summary>
public static class RegisterReadLimit
{
    /// <summary>The limiter's policy name.</summary>
    public const string Policy = "register-reads";

    /// <summary>Registers the limiter, sized by <see cref="ApiLimits"/>.</summary>
    public static IServiceCollection AddRegisterReadLimit(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<ApiLimits>>((options, limits) =>
        {
            options.OnRejected = RejectAsync;
            options.AddConcurrencyLimiter(Policy, limiter =>
            {
                limiter.PermitLimit = Math.Max(1, limits.Value.RegisterReads);
                limiter.QueueLimit = Math.Max(0, limits.Value.RegisterReadsQueued);
                limiter.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
        });
        return services;
    }

    /// <summary>Answers a read the queue has no room for: 429, a problem, and when to try again.</summary>
    public static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.HttpContext.Response.Headers.RetryAfter = "1";
        await ProblemWriter.WriteAsync(context.HttpContext, ApiProblems.RegisterBusy()).ConfigureAwait(false);
    }
}
