namespace Supervision.Api.Problems;

/// <summary>
/// The <c>type</c> of each problem the service answers with (RFC 9457), stable for programs to switch on.
/// Problems that are just their HTTP status (an unknown route, a wrong method) keep <c>about:blank</c>.
/// </summary>
public static class ProblemTypes
{
    /// <summary>What every type starts with; the rest is the problem's <c>code</c>.</summary>
    public const string Prefix = "urn:supervision:problem:";

    /// <summary>400: the body is not an act: malformed JSON, a wrong enum value, an unknown property, a wrong type.</summary>
    public const string ActUnreadable = Prefix + "act-unreadable";

    /// <summary>422: the act was read but breaks the rules; every error is listed with path, code and message.</summary>
    public const string ActInvalid = Prefix + "act-invalid";

    /// <summary>422: the act is valid but its template could not word it.</summary>
    public const string ActNotRenderable = Prefix + "act-not-renderable";

    /// <summary>422: the variant asked for does not exist for this act (court-copy is for conclusions).</summary>
    public const string VariantNotApplicable = Prefix + "variant-not-applicable";

    /// <summary>422: an edited template does not parse or fails while rendering; every problem has file, line and column.</summary>
    public const string TemplateInvalid = Prefix + "template-invalid";

    /// <summary>400: the preview request itself is malformed (not the act in it).</summary>
    public const string PreviewUnreadable = Prefix + "preview-unreadable";

    /// <summary>400: a query parameter is missing, unknown, repeated, or has a value not among those accepted.</summary>
    public const string BadQuery = Prefix + "bad-query";

    /// <summary>400: the output format exists in the contract but is not rendered here (no renderer in this build, or PDF without its fonts).</summary>
    public const string FormatUnavailable = Prefix + "format-unavailable";

    /// <summary>404: no act has the kind named in the path.</summary>
    public const string UnknownKind = Prefix + "unknown-kind";

    /// <summary>401: nobody is signed in and no client key was sent, or the key is not accepted.</summary>
    public const string SignInRequired = Prefix + "sign-in-required";

    /// <summary>403: the signed-in person or the client lacks the capability the endpoint needs.</summary>
    public const string Forbidden = Prefix + "forbidden";

    /// <summary>400: a state-changing call made with the session cookie lacks its antiforgery token.</summary>
    public const string CsrfToken = Prefix + "csrf-token";

    /// <summary>413: the body is larger than the limit.</summary>
    public const string BodyTooLarge = Prefix + "body-too-large";

    /// <summary>400: the body's HTTP framing is broken: a chunk size that is not hexadecimal or too large, a
    /// chunk cut short, a body shorter than its Content-Length.</summary>
    public const string BodyMalformed = Prefix + "body-malformed";

    /// <summary>414: the query string is longer than the limit.</summary>
    public const string QueryTooLong = Prefix + "query-too-long";

    /// <summary>4xx: the server refused the request as HTTP before reading it as a call (a request too slow, headers too large).</summary>
    public const string RequestRejected = Prefix + "request-rejected";

    /// <summary>415: the body is not sent as UTF-8 JSON.</summary>
    public const string UnsupportedMediaType = Prefix + "unsupported-media-type";

    /// <summary>400: the body's bytes are not UTF-8.</summary>
    public const string BodyNotUtf8 = Prefix + "body-not-utf8";

    /// <summary>429: every preview worker is busy.</summary>
    public const string PreviewBusy = Prefix + "preview-busy";

    /// <summary>429: as many reads over many acts as may wait are already waiting.</summary>
    public const string RegisterBusy = Prefix + "register-busy";
}
