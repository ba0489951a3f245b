namespace Supervision.Register;

/// <summary>What came of a write sent with an <c>Idempotency-Key</c>: done now, answered before, or the key
/// already answers another request.</summary>
/// <typeparam name="T">The operation's outcome.</typeparam>
public abstract record Remembered<T>
{
    private Remembered()
    {
    }

    /// <summary>The operation ran now.</summary>
    /// <param name="Outcome">Its outcome.</param>
    /// <param name="Answer">The answer stored with it, where it committed and a key was given; null for a refusal, which is not remembered (nothing changed, so a retry is decided again).</param>
    public sealed record Fresh(T Outcome, IdempotentAnswer? Answer) : Remembered<T>;

    /// <summary>The principal sent this key with this request before and it was done: nothing ran now.</summary>
    /// <param name="Record">The first answer.</param>
    public sealed record Replayed(IdempotencyRecord Record) : Remembered<T>;

    /// <summary>The principal sent this key with another request (another operation, path or body): nothing ran.</summary>
    /// <param name="Record">The answer the key holds.</param>
    public sealed record KeyReused(IdempotencyRecord Record) : Remembered<T>;

    /// <summary>The outcome of an operation run without a key, which is always fresh.</summary>
    internal T FreshOutcome => this is Fresh fresh ? fresh.Outcome : throw new InvalidOperationException($"An operation without an idempotency key came back {GetType().Name}.");
}
