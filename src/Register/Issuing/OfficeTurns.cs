using System.Collections.Concurrent;

namespace Supervision.Register;

/// <summary>
/// The numbers this register hands out, per office and printed year, before the database confirms them: each
/// issuer gets the next number (the counter as read, or one past the last handed out, whichever is larger) and a
/// place in line, renders with it at the same time as the others, and stores only after the issuer before it in
/// line has stored or given up, so that the counter row reaches each number in order. An issuer that gives up
/// (an invalid act, a failing template, another process having taken its number) leaves the numbers handed out
/// after it wrong: the line then starts again from the counter, and those issuers find the mismatch when they
/// store and render again. The database's counter, checked in the write transaction, stays the only authority.
/// Where the database queues writers for a lock (PostgreSQL), an issuer may go to the database as soon as the one
/// before it holds the audit head (<see cref="Ticket.Writing"/>): its request for the head then waits in the
/// database's queue, behind that one, and is answered the moment it commits, instead of being sent only after
/// the commit has come back to this service.
/// </summary>
internal sealed class OfficeTurns
{
    // One line per office and printed year, kept for the register's life: at most offices × 100 of them.
    private readonly ConcurrentDictionary<(string Office, int PrintedYear), Line> _lines = new();

    /// <summary>A number and a place in the office's line; <paramref name="next"/> is the counter as just read, plus one.</summary>
    public Ticket Enter(string officeCode, int printedYear, int next)
    {
        var line = _lines.GetOrAdd((officeCode, printedYear), _ => new Line());
        lock (line)
        {
            var number = Math.Max(next, line.Handed + 1);
            line.Handed = number;
            var ticket = new Ticket(line, number, line.Generation, line.Tail);
            line.Tail = (ticket.Holding, ticket.Done);
            return ticket;
        }
    }

    /// <summary>An office-year's line: the last number handed out, which start of the line it belongs to, and when
    /// its last issuer holds the audit head and when it is done (tasks only, so that no ticket keeps the one before alive).</summary>
    internal sealed class Line
    {
        public int Handed;
        public int Generation;
        public (Task Holding, Task Done) Tail = (Task.CompletedTask, Task.CompletedTask);
    }

    /// <summary>One issuer's number and place in line; disposing it lets the next store.</summary>
    public sealed class Ticket : IDisposable
    {
        private readonly Line _line;
        private readonly int _generation;
        private readonly (Task Holding, Task Done) _previous;
        private readonly TaskCompletionSource _holding = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private bool _stored;

        internal Ticket(Line line, int number, int generation, (Task Holding, Task Done) previous)
        {
            _line = line;
            Number = number;
            _generation = generation;
            _previous = previous;
        }

        /// <summary>The number handed out: the one to render with.</summary>
        public int Number { get; }

        internal Task Holding => _holding.Task;

        internal Task Done => _done.Task;

        /// <summary>
        /// Waits until the issuer before this one has stored or given up; or, with <paramref name="untilItWrites"/>,
        /// only until it holds the audit head, where the database queues the next request for the head behind it.
        /// Never inside a write transaction: that one may be waiting for the same lock.
        /// </summary>
        public Task PreviousAsync(bool untilItWrites, CancellationToken cancellationToken) =>
            (untilItWrites ? _previous.Holding : _previous.Done).WaitAsync(cancellationToken);

        /// <summary>The issuer holds the audit head in its write transaction: the next in line may ask for it.</summary>
        public void Writing() => _holding.TrySetResult();

        /// <summary>The act is committed under its number.</summary>
        public void Stored() => _stored = true;

        public void Dispose()
        {
            if (!_stored)
            {
                lock (_line)
                {
                    // The numbers handed out after this one are wrong now: start again from the counter.
                    if (_line.Generation == _generation)
                    {
                        _line.Generation++;
                        _line.Handed = 0;
                    }
                }
            }

            _holding.TrySetResult();
            _done.TrySetResult();
        }
    }
}
