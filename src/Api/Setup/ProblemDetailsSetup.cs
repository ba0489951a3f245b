using Supervision.Api.Problems;

namespace Supervision.Api.Setup;

/// <summary>
/// Makes every error a problem (RFC 9457): exceptions through <see cref="UnexpectedExceptionHandler"/>,
/// empty error responses (no route: 404, wrong method: 405) through the status code pages, and a
/// query string over the limit (414) through <see cref="QueryLengthMiddleware"/>.
/// </summary>
public static class ProblemDetailsSetup
{
    /// <summary>Registers the exception handler.</summary>
    public static IServiceCollection AddApiProblemDetails(this IServiceCollection services)
    {
        services.AddExceptionHandler<UnexpectedExceptionHandler>();
        return services;
    }

    /// <summary>Answers exceptions and empty error responses with problems.</summary>
    public static IApplicationBuilder UseApiProblemDetails(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // UnexpectedExceptionHandler answers and logs (without the message, which may quote the act).
            ExceptionHandler = context => ProblemWriter.WriteAsync(context, ApiProblems.Status(StatusCodes.Status500InternalServerError)),
            SuppressDiagnosticsCallback = _ => true,
        });
        app.UseStatusCodePages(context => ProblemWriter.WriteAsync(context.HttpContext, StatusProblem(context.HttpContext)));
        app.UseMiddleware<QueryLengthMiddleware>();
        return app;
    }

    private static Microsoft.AspNetCore.Mvc.ProblemDetails StatusProblem(HttpContext context) => context.Response.StatusCode switch
    {
        StatusCodes.Status404NotFound => ApiProblems.Status(StatusCodes.Status404NotFound, "nothing is served at this path; the endpoints are listed in /openapi/v1.json"),
        StatusCodes.Status405MethodNotAllowed => ApiProblems.Status(StatusCodes.Status405MethodNotAllowed, $"this path does not take {context.Request.Method}"),
        var status => ApiProblems.Status(status),
    };
}
