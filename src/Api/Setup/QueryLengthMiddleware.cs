using Supervision.Api.Problems;

namespace Supervision.Api.Setup;

/// <summary>
/// Refuses a query string over <see cref="ApiLimits.MaxQueryLength"/> with a 414 problem before any
/// endpoint parses it. Kestrel answers an over-long request line itself, before any middleware and
/// with a bare 414, so its own limit is set above this one (<see cref="ApiLimits.MaxRequestLineBytes"/>).
/// </summary>
internal sealed class QueryLengthMiddleware(RequestDelegate next, ApiLimits limits)
{
    public Task InvokeAsync(HttpContext context) =>
        context.Request.QueryString.Value is { } query && query.Length - 1 > limits.MaxQueryLength
            ? ProblemWriter.WriteAsync(context, ApiProblems.QueryTooLong(limits.MaxQueryLength))
            : next(context);
}
