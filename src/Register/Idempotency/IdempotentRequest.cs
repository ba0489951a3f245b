namespace Supervision.Register;

/// <summary>
/// What a write needs to be idempotent: the client's key, the operation, the request's hash, and how its
/// answer reads for an outcome. Given to a register operation, it makes the operation look for the key at
/// the start of its transaction (a key already answered gives back that answer, see <see cref="Remembered{T}"/>)
/// and, when the operation commits, store the answer with it in the same transaction.
/// </summary>
/// <typeparam name="T">The operation's outcome.</typeparam>
/// <param name="Key">The client's key (the caller has checked its form).</param>
/// <param name="Operation">What is asked: "sign", "approve", "status".</param>
/// <param name="RequestSha256">The SHA-256 of the request (method, path and body), lowercase hex: the same key with another request is refused.</param>
/// <param name="Answer">The answer the client gets for an outcome; called inside the transaction, only for an outcome that commits.</param>
public sealed record IdempotentRequest<T>(string Key, string Operation, string RequestSha256, Func<T, Task<IdempotentAnswer>> Answer);
