using System.Collections.Concurrent;

namespace Supervision.Register;

/// <summary>
/// One issuer at a time per office and printed year within this register object: the holder reads the next
/// number, renders the act with it and stores it, while issuers of other offices (or years) go on. Another
/// process issuing for the same office is not excluded; the store notices when it took the number first.
/// </summary>
internal sealed class OfficeTurns
{
    // One semaphore per office and printed year, kept for the register's life: at most offices × 100 of them.
    private readonly ConcurrentDictionary<(string Office, int PrintedYear), SemaphoreSlim> _turns = new();

    /// <summary>Waits for the office's turn; disposing the answer ends it.</summary>
    public async Task<IDisposable> EnterAsync(string officeCode, int printedYear, CancellationToken cancellationToken)
    {
        var turn = _turns.GetOrAdd((officeCode, printedYear), _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Held(turn);
    }

    private sealed class Held(SemaphoreSlim turn) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                turn.Release();
            }
        }
    }
}
