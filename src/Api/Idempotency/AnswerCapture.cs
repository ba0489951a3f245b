using System.Text;
using Microsoft.AspNetCore.Mvc;
using Supervision.Register;

namespace Supervision.Api.Idempotency;

/// <summary>
/// An action's answer as bytes: the result is executed against a response of its own, with the request's
/// services and Accept header, so that the answer remembered for a key is exactly what the action would
/// have sent (its status, media type and JSON), whatever the result type.
/// </summary>
internal static class AnswerCapture
{
    public static async Task<IdempotentAnswer> CaptureAsync(ActionContext action, IActionResult result)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(result);
        var original = action.HttpContext;
        var context = new DefaultHttpContext { RequestServices = original.RequestServices, TraceIdentifier = original.TraceIdentifier };
        context.Request.Method = original.Request.Method;
        context.Request.Headers.Accept = original.Request.Headers.Accept;
        using var body = new MemoryStream();
        context.Response.Body = body;
        await result.ExecuteResultAsync(new ActionContext(context, action.RouteData, action.ActionDescriptor));
        await context.Response.CompleteAsync();
        return new IdempotentAnswer(context.Response.StatusCode, context.Response.ContentType ?? string.Empty, Encoding.UTF8.GetString(body.ToArray()));
    }
}
