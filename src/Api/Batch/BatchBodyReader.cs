using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Supervision.Api.Problems;
using Supervision.Batch;

namespace Supervision.Api.Batch;

/// <summary>
/// Reads a batch's body whole (up to <see cref="BatchLimits.MaxBodyBytes"/>, so that a body too large, or
/// a broken array, is refused before the zip starts) and cuts it into items: a JSON array for
/// <c>application/json</c>, one act a line for <c>application/x-ndjson</c> (<see cref="BatchBody"/>).
/// </summary>
public sealed class BatchBodyReader(BatchLimits limits)
{
    /// <summary>The media type of NDJSON, one act a line.</summary>
    public const string NdjsonMediaType = "application/x-ndjson";

    /// <summary>The items of the request's batch, or the problem that stops it.</summary>
    public async Task<(BatchBody? Body, ProblemDetails? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ndjson = IsNdjson(request.ContentType);
        if (!ndjson && !Bodies.JsonBodyReader.IsUtf8Json(request.ContentType))
        {
            return (null, ApiProblems.UnsupportedMediaType(request.ContentType));
        }

        var max = limits.MaxBodyBytes;
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            // The service's 1 MiB bound is for one act; a batch has its own. One byte more, to tell "too large" from "exactly full".
            size.MaxRequestBodySize = max + 1;
        }

        if (request.ContentLength > max)
        {
            return (null, ApiProblems.BodyTooLarge(max));
        }

        using var buffer = new MemoryStream((int)Math.Min(request.ContentLength ?? 64 * 1024, max));
        try
        {
            var chunk = new byte[64 * 1024];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellation)) > 0)
            {
                if (buffer.Length + read > max)
                {
                    return (null, ApiProblems.BodyTooLarge(max));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, ApiProblems.BodyTooLarge(max));
        }
        catch (BadHttpRequestException exception)
        {
            return (null, exception.StatusCode == StatusCodes.Status400BadRequest ? ApiProblems.BodyMalformed() : ApiProblems.RequestRejected(exception.StatusCode));
        }

        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        var body = ndjson ? BatchBody.FromNdjson(bytes) : BatchBody.FromJsonArray(bytes);
        if (body.Error is { } error)
        {
            return (null, ApiProblems.Unreadable(error));
        }

        if (body.Count > limits.MaxItems)
        {
            return (null, BatchProblems.TooManyItems(body.Count, limits.MaxItems));
        }

        return body.Count == 0 ? (null, BatchProblems.Empty()) : (body, null);
    }

    private static bool IsNdjson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && mediaType.MediaType.Equals(NdjsonMediaType, StringComparison.OrdinalIgnoreCase)
        && (HeaderUtilities.RemoveQuotes(mediaType.Charset).Length == 0 || HeaderUtilities.RemoveQuotes(mediaType.Charset).Equals("utf-8", StringComparison.OrdinalIgnoreCase));
}
