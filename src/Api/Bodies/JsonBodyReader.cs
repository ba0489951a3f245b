using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Supervision.Api.Problems;
using Supervision.Api.Setup;

namespace Supervision.Api.Bodies;

/// <summary>
/// Reads a JSON request body as text, itself rather than through model binding, so that the act's
/// strict reader sees the exact text: the media type must be JSON in UTF-8 (415), the size within
/// the limit (413, checked on Content-Length before reading and on the bytes while reading), the
/// bytes UTF-8 (400), the HTTP framing readable (400 body-malformed: a chunk size that overflows or is
/// not hexadecimal, where Kestrel throws as the body is read). A UTF-8 byte order mark is dropped, as RFC 8259 lets a reader do.
/// </summary>
public sealed class JsonBodyReader(ApiLimits limits)
{
    private const int InitialBuffer = 16 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads the body of a request.</summary>
    public async Task<BodyText> ReadAsync(HttpRequest request, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!IsUtf8Json(request.ContentType))
        {
            return BodyText.Failed(ApiProblems.UnsupportedMediaType(request.ContentType));
        }

        var max = limits.MaxBodyBytes;
        if (request.ContentLength > max)
        {
            return BodyText.Failed(ApiProblems.BodyTooLarge(max));
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(request.ContentLength ?? InitialBuffer, max) + 1);
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, max + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellation);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > max)
                {
                    return BodyText.Failed(ApiProblems.BodyTooLarge(max));
                }
            }

            var text = StrictUtf8.GetString(buffer, 0, length);
            return BodyText.Of(text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return BodyText.Failed(ApiProblems.BodyTooLarge(max));
        }
        catch (BadHttpRequestException exception)
        {
            // Kestrel's refusal of the body's framing (a malformed chunk, a body cut short): the caller's error.
            return BodyText.Failed(exception.StatusCode == StatusCodes.Status400BadRequest ? ApiProblems.BodyMalformed() : ApiProblems.RequestRejected(exception.StatusCode));
        }
        catch (IOException) when (!cancellation.IsCancellationRequested)
        {
            // Kestrel throws a bare IOException for a chunk size too large to count (its OverflowException inside);
            // a client that went away lands here too, and then nobody reads the answer.
            return BodyText.Failed(ApiProblems.BodyMalformed());
        }
        catch (DecoderFallbackException)
        {
            return BodyText.Failed(ApiProblems.BodyNotUtf8());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Reads the body of a request and parses it into its record: the record, or the first problem — the
    /// body's own (413, 415, 400) or the parser's (malformed JSON, a missing or unknown property).
    /// </summary>
    public async Task<(T? Value, ProblemDetails? Problem)> ReadAsync<T>(HttpRequest request, Func<string, (T? Value, ProblemDetails? Problem)> parse, CancellationToken cancellation)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(parse);
        var body = await ReadAsync(request, cancellation);
        return body.Succeeded ? parse(body.Text) : (null, body.Problem);
    }

    /// <summary>application/json or any application/*+json, with no charset or UTF-8.</summary>
    internal static bool IsUtf8Json(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType) || !mediaType.Type.Equals("application", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var json = mediaType.SubType.Equals("json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase);
        var charset = HeaderUtilities.RemoveQuotes(mediaType.Charset);
        return json && (charset.Length == 0 || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase));
    }
}
