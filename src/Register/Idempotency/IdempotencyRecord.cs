namespace Supervision.Register;

/// <summary>
/// The first answer to a request sent with an <c>Idempotency-Key</c>, kept so that a retry with the same key
/// and body gets the same answer instead of a second act or a second status change.
/// </summary>
/// <param name="Principal">Who sent it, stably ("person:a.seitova", "client:erp"): keys are unique per principal.</param>
/// <param name="Key">The client's key.</param>
/// <param name="Operation">What was asked: "sign", "approve", "status".</param>
/// <param name="RequestSha256">SHA-256 of the request it answers (method, path and body): the same key with another body is refused.</param>
/// <param name="StatusCode">The answer's HTTP status code.</param>
/// <param name="ContentType">The answer's media type.</param>
/// <param name="Answer">The answer's body, as it was sent.</param>
/// <param name="CreatedAt">When it was answered.</param>
public sealed record IdempotencyRecord(string Principal, string Key, string Operation, string RequestSha256, int StatusCode, string ContentType, string Answer, DateTimeOffset CreatedAt);
