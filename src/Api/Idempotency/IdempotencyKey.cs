namespace Supervision.Api.Idempotency;

/// <summary>
/// The <c>Idempotency-Key</c> request header (IETF httpapi draft "The Idempotency-Key HTTP Header Field"): a
/// Structured Field string, <c>"8e03978e-40d5-43e8-bc93-6894a57f9324"</c>; a bare value without the quotes is
/// taken as well, as many clients send it. The key is 1 to 255 characters of printable ASCII.
/// </summary>
public static class IdempotencyKey
{
    /// <summary>The request header.</summary>
    public const string Header = "Idempotency-Key";

    /// <summary>The response header a replayed answer carries (<c>true</c>): the answer is the first one, stored, and nothing ran now.</summary>
    public const string ReplayedHeader = "Idempotency-Replayed";

    /// <summary>The longest key taken.</summary>
    public const int MaxLength = 255;

    /// <summary>The key the request carries (null where it carries none), or why its header is malformed.</summary>
    public static (string? Key, string? Problem) Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var values = request.Headers[Header];
        if (values.Count == 0)
        {
            return (null, null);
        }

        if (values.Count > 1)
        {
            return (null, "the header is given more than once: send one key");
        }

        return Parse(values[0] ?? string.Empty);
    }

    /// <summary>The key a header value holds: an sf-string (quotes, with <c>\"</c> and <c>\\</c> escapes) or the bare key.</summary>
    public static (string? Key, string? Problem) Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var key = value.Trim(' ');
        if (key.Length >= 2 && key[0] == '"' && key[^1] == '"')
        {
            if (Unquote(key[1..^1]) is not { } unquoted)
            {
                return (null, "the quoted key has a backslash that escapes neither '\"' nor '\\'");
            }

            key = unquoted;
        }

        if (key.Length == 0)
        {
            return (null, "the key is empty");
        }

        if (key.Length > MaxLength)
        {
            return (null, $"the key is {key.Length} characters long; at most {MaxLength}");
        }

        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] is < ' ' or > '~')
            {
                return (null, $"the key has U+{(int)key[i]:X4} at position {i + 1}: only printable ASCII characters (U+0020 to U+007E) are taken");
            }
        }

        return (key, null);
    }

    private static string? Unquote(string inner)
    {
        var builder = new System.Text.StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\\')
            {
                if (i + 1 >= inner.Length || inner[i + 1] is not ('"' or '\\'))
                {
                    return null;
                }

                i++;
            }

            builder.Append(inner[i]);
        }

        return builder.ToString();
    }
}
