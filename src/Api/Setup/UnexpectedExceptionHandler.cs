using Microsoft.AspNetCore.Diagnostics;
using Supervision.Api.Problems;

namespace Supervision.Api.Setup;

/// <summary>
/// The last line: an exception that escaped a controller becomes a problem without details. A request
/// the server itself refused (Kestrel's body limit, a malformed request) keeps its 4xx status; anything
/// else is a 500 with a trace id, logged with its type and stack but never its message, which may
/// quote the act. A failure of the register's database met outside its controllers (checking a
/// session or a client key) is answered as <see cref="Register.RegisterFailureAnswer"/> answers it.
/// </summary>
internal sealed partial class UnexpectedExceptionHandler(ILogger<UnexpectedExceptionHandler> logger, ApiLimits limits) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        switch (exception)
        {
            case OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested:
                // The client went away; there is no one to answer.
                httpContext.Response.StatusCode = 499;
                return true;
            case BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }:
                await ProblemWriter.WriteAsync(httpContext, ApiProblems.BodyTooLarge(limits.MaxBodyBytes));
                return true;
            case BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest }:
                // Met while reading a body somewhere other than the JSON reader (a form): its framing is broken.
                await ProblemWriter.WriteAsync(httpContext, ApiProblems.BodyMalformed());
                return true;
            case BadHttpRequestException { StatusCode: >= 400 and < 500 } badRequest:
                await ProblemWriter.WriteAsync(httpContext, ApiProblems.RequestRejected(badRequest.StatusCode));
                return true;
            case IOException { InnerException: OverflowException }:
                // Kestrel's answer to a chunk size too large to count, met outside the JSON reader.
                await ProblemWriter.WriteAsync(httpContext, ApiProblems.BodyMalformed());
                return true;
            case var _ when Register.RegisterFailureAnswer.For(exception, httpContext.Response, logger) is { } failure:
                // The database failed outside the register's controllers (a session or a client key checked against it).
                await ProblemWriter.WriteAsync(httpContext, failure);
                return true;
            default:
                LogUnexpected(logger, exception.GetType().FullName, exception.InnerException?.GetType().FullName, exception.StackTrace);
                await ProblemWriter.WriteAsync(httpContext, ApiProblems.Status(StatusCodes.Status500InternalServerError,
                    "an unexpected error occurred; quote the traceId to the service's operators"));
                return true;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected {ExceptionType} (inner {InnerType}) at {StackTrace}")]
    private static partial void LogUnexpected(ILogger logger, string? exceptionType, string? innerType, string? stackTrace);
}
