using System.Collections.Concurrent;

namespace Supervision.Api.Idempotency;

/// <summary>
/// The keys whose first request this process is answering now. A second request with a key held here is
/// a concurrent duplicate: it gets 409 at once rather than waiting for the database's write lock. (Another
/// process on the same PostgreSQL register is ordered by the audit head's lock instead, and then replays.)
/// </summary>
public sealed class IdempotencyGate
{
    private readonly ConcurrentDictionary<(string Principal, string Key), byte> _running = new();

    /// <summary>Holds the key until the returned lease is disposed; null where another request holds it.</summary>
    public IDisposable? TryEnter(string principal, string key) =>
        _running.TryAdd((principal, key), 0) ? new Lease(this, (principal, key)) : null;

    private sealed class Lease(IdempotencyGate gate, (string, string) held) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate._running.TryRemove(held, out _);
            }
        }
    }
}
