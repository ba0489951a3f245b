using Supervision.Api.Problems;

namespace Supervision.Api.Setup;

/// <summary>Refuses every <c>/api</c> request without a configured key in <c>X-Api-Key</c> (401), once any key is configured.</summary>
internal sealed class ApiKeyMiddleware(RequestDelegate next, ApiKeys keys)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!keys.Required || !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }

        var presented = context.Request.Headers[ApiKeys.Header];
        if (presented.Count == 1 && keys.Accepts(presented[0]))
        {
            return next(context);
        }

        context.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{ApiKeys.Header}\"";
        return ProblemWriter.WriteAsync(context, ApiProblems.MissingKey(presented.Count > 0));
    }
}
