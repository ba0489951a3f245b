using Supervision.Api.Problems;

namespace Supervision.Api.Setup;

/// <summary>Refuses every <c>/api</c> request without a configured key in <c>X-Api-Key</c> (401), once any key is configured.</summary>
internal sealed class ApiKeyMiddleware(RequestDelegate next, ApiKeys keys)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || keys.Check(context) is not { } problem)
        {
            return next(context);
        }

        return ProblemWriter.WriteAsync(context, problem);
    }
}
