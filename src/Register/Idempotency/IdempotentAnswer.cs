namespace Supervision.Register;

/// <summary>
/// An answer as the client receives it, kept for requests sent with an <c>Idempotency-Key</c>: the register
/// stores it in the transaction of the operation it answers, so that a retry gets these very bytes.
/// The caller (the HTTP door) makes it from the operation's outcome; the register knows nothing of HTTP.
/// </summary>
/// <param name="StatusCode">The answer's status code.</param>
/// <param name="ContentType">The answer's media type, as sent.</param>
/// <param name="Body">The answer's body, as sent.</param>
public sealed record IdempotentAnswer(int StatusCode, string ContentType, string Body);
