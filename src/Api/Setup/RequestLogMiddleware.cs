using System.Diagnostics;

namespace Supervision.Api.Setup;

/// <summary>
/// One structured line per request: method, path, status, elapsed milliseconds, and the act's kind,
/// language and format when the endpoint set them (<see cref="RequestLogFields"/>). No query string,
/// no body, no header is logged.
/// </summary>
internal sealed partial class RequestLogMiddleware(RequestDelegate next, ILogger<RequestLogMiddleware> logger)
{
    private const int MaxPathLength = 200;

    public async Task InvokeAsync(HttpContext context)
    {
        var fields = new RequestLogFields();
        context.Features.Set(fields);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                Log(context, fields, Stopwatch.GetElapsedTime(started));
            }
        }
    }

    private void Log(HttpContext context, RequestLogFields fields, TimeSpan elapsed)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path.Length > MaxPathLength)
        {
            path = path[..MaxPathLength];
        }

        var milliseconds = Math.Round(elapsed.TotalMilliseconds, 2);
        LogRequest(
            logger,
            context.Request.Method,
            path,
            context.Response.StatusCode,
            milliseconds,
            fields.Kind,
            fields.Language,
            fields.Format);
    }

    [LoggerMessage(EventId = 1, EventName = "Request", Level = LogLevel.Information,
        Message = "{Method} {Path} {Status} {ElapsedMs} ms kind={Kind} language={Language} format={Format}")]
    private static partial void LogRequest(ILogger logger, string method, string path, int status, double elapsedMs, string? kind, string? language, string? format);
}
