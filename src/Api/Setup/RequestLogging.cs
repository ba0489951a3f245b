namespace Supervision.Api.Setup;

/// <summary>Wires the request log into the pipeline and lets endpoints add the act's kind, language and format.</summary>
public static class RequestLogging
{
    /// <summary>Logs one structured line per request (outermost, so it sees the final status).</summary>
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app) => app.UseMiddleware<RequestLogMiddleware>();

    /// <summary>The fields of this request's log line that endpoints fill in.</summary>
    public static RequestLogFields LogFields(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<RequestLogFields>() is { } fields)
        {
            return fields;
        }

        fields = new RequestLogFields();
        context.Features.Set(fields);
        return fields;
    }
}
