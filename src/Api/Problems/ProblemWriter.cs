using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace Supervision.Api.Problems;

/// <summary>
/// Writes every problem the service answers with as <c>application/problem+json</c>, whatever the
/// client's Accept header says: the one place problems are serialised, so none is ever empty or HTML.
/// </summary>
public static class ProblemWriter
{
    /// <summary>The media type of problems (RFC 9457).</summary>
    public const string MediaType = "application/problem+json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // Validation messages are Kazakh and Russian: keep them readable. Problems are never served as
        // HTML (application/problem+json, nosniff), so HTML-sensitive characters need no escaping.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes a problem as the response, unless the response has already started.</summary>
    public static async Task WriteAsync(HttpContext context, ProblemDetails problem)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(problem);
        if (context.Response.HasStarted)
        {
            return;
        }

        problem.Status ??= StatusCodes.Status500InternalServerError;
        if (problem.Type is { } type && type.StartsWith(ProblemTypes.Prefix, StringComparison.Ordinal))
        {
            // The code callers switch on ("forbidden", "act-invalid"): the type's last part, in every problem alike.
            problem.Extensions.TryAdd("code", type[ProblemTypes.Prefix.Length..]);
        }

        problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? context.TraceIdentifier);
        context.Response.StatusCode = problem.Status.Value;
        context.Response.ContentType = MediaType;
        context.Response.Headers.ContentDisposition = default;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        await JsonSerializer.SerializeAsync(context.Response.Body, problem, problem.GetType(), Options, context.RequestAborted);
    }
}
