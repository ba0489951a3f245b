using System.Net;

namespace Supervision.Api.Tests.Register.Idempotency;

/// <summary>A call with an <c>Idempotency-Key</c> and its answer as the client received it, bytes and all.</summary>
internal sealed record KeyedAnswer(HttpStatusCode Status, string? ContentType, string Body, bool Replayed)
{
    /// <summary>Sends a POST (with a JSON body where given) carrying the key as the draft writes it, a quoted Structured Field string.</summary>
    public static async Task<KeyedAnswer> PostAsync(HttpClient client, string uri, string? key, string? json = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = json is null ? null : new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        }

        using var response = await client.SendAsync(request, cancellation);
        return new KeyedAnswer(
            response.StatusCode,
            response.Content.Headers.ContentType?.ToString(),
            await response.Content.ReadAsStringAsync(cancellation),
            response.Headers.TryGetValues("Idempotency-Replayed", out var values) && values.Single() == "true");
    }

    /// <summary>The key as a Structured Field string.</summary>
    public static string Quoted(string key) => $"\"{key}\"";

    /// <summary>Whether two answers are the same answer: status, media type and body, byte for byte.</summary>
    public bool SameAs(KeyedAnswer other) =>
        other is not null && Status == other.Status && ContentType == other.ContentType && string.Equals(Body, other.Body, StringComparison.Ordinal);
}
