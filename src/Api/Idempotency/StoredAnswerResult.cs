using System.Text;
using Microsoft.AspNetCore.Mvc;
using Supervision.Api.Problems;
using Supervision.Register;

namespace Supervision.Api.Idempotency;

/// <summary>Writes an answer remembered for an <c>Idempotency-Key</c> byte for byte: the first time, and on every
/// replay with <c>Idempotency-Replayed: true</c>.</summary>
internal sealed class StoredAnswerResult(IdempotentAnswer answer, bool replayed) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        response.StatusCode = answer.StatusCode;
        response.ContentType = answer.ContentType;
        if (answer.ContentType.StartsWith(ProblemWriter.MediaType, StringComparison.Ordinal))
        {
            response.Headers.XContentTypeOptions = "nosniff";
        }

        if (replayed)
        {
            response.Headers[IdempotencyKey.ReplayedHeader] = "true";
        }

        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(answer.Body), context.HttpContext.RequestAborted);
    }
}
