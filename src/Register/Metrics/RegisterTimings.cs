using System.Data.Common;
using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Supervision.Register;

/// <summary>
/// Where one request's time went in the register, by stage: <see cref="Render"/> (composing and typesetting an act,
/// outside any transaction), <see cref="Turn"/> (waiting for the office's issuer before it in line),
/// <see cref="Store"/> (a write transaction, from its start to its commit, waiting for the audit head included) and
/// <see cref="Hold"/> (the part of it after the audit head was locked: the time every other writer waits for this
/// one). A door begins one per request (<see cref="Begin"/>) and reads it when it answers (the API's Server-Timing
/// header); the register fills the one of the request under way, and records every stage in its metrics
/// (<see cref="RegisterMetrics"/>) whether a door began one or not.
/// </summary>
public sealed class RegisterTimings
{
    /// <summary>Composing and typesetting an act to issue, outside any transaction.</summary>
    public const string Render = "render";

    /// <summary>Waiting for the office's issuer before this one in line to store, or to hold the audit head.</summary>
    public const string Turn = "turn";

    /// <summary>A write transaction, from its start to its commit: writing the act's documents, waiting for the audit
    /// head, writing the rows, committing.</summary>
    public const string Store = "store";

    /// <summary>The part of <see cref="Store"/> from the moment the audit head is locked (the command that locks it has
    /// answered) to the commit: while it lasts, every other writer waits.</summary>
    public const string Hold = "hold";

    // The request under way's timings: set by the door before it calls the register, filled by the register's code
    // running in the same asynchronous flow.
    private static readonly AsyncLocal<RegisterTimings?> Current = new();

    // Each write transaction's times, noted by the stores as they begin it and by the audit chain as it locks the head,
    // so that every write is timed where it commits (CommitAsync) whichever part of the register makes it. Replaced at
    // each begin, as a driver may hand a connection's next transaction the same object (Npgsql does).
    private static readonly ConditionalWeakTable<DbTransaction, WriteTimes> Writes = new();

    private readonly List<(string Stage, TimeSpan Duration)> _stages = [];

    private RegisterTimings()
    {
    }

    /// <summary>The stages recorded, each summed over the attempts it took, in the order each was first recorded.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Duration)> Stages
    {
        get
        {
            lock (_stages)
            {
                return [.. _stages];
            }
        }
    }

    /// <summary>Begins the timings of the request under way: the register's calls made from here on fill them.</summary>
    public static RegisterTimings Begin()
    {
        var timings = new RegisterTimings();
        Current.Value = timings;
        return timings;
    }

    /// <summary>Records a stage that began at <paramref name="started"/> (<see cref="Stopwatch.GetTimestamp"/>) and ends now.</summary>
    internal static void Record(string stage, long started) => Record(stage, Stopwatch.GetElapsedTime(started));

    /// <summary>Notes that a write transaction was asked for at <paramref name="asked"/> (before any wait for the
    /// write lock): the start of its <see cref="Store"/> stage. The stores call it from <c>BeginWriteAsync</c>.</summary>
    internal static void WriteBegun(DbTransaction transaction, long asked) => Writes.AddOrUpdate(transaction, new WriteTimes(asked));

    /// <summary>Notes that the write transaction's command locking the audit head answered now: the start of its
    /// <see cref="Hold"/> stage.</summary>
    internal static void HeadLocked(DbTransaction transaction)
    {
        if (Writes.TryGetValue(transaction, out var times))
        {
            times.Locked = Stopwatch.GetTimestamp();
        }
    }

    /// <summary>Commits a write transaction and records it: <see cref="Store"/> from when it was asked for, and
    /// <see cref="Hold"/> from when it locked the audit head, where it did.</summary>
    internal static async Task CommitAsync(DbTransaction transaction, CancellationToken cancellationToken)
    {
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        if (Writes.TryGetValue(transaction, out var times))
        {
            Record(Store, times.Asked);
            if (times.Locked is { } locked)
            {
                Record(Hold, locked);
            }
        }
    }

    private static void Record(string stage, TimeSpan duration)
    {
        RegisterMetrics.RecordStage(stage, duration);
        Current.Value?.Add(stage, duration);
    }

    private void Add(string stage, TimeSpan duration)
    {
        lock (_stages)
        {
            var index = _stages.FindIndex(recorded => recorded.Stage == stage);
            if (index < 0)
            {
                _stages.Add((stage, duration));
            }
            else
            {
                _stages[index] = (stage, _stages[index].Duration + duration);
            }
        }
    }

    /// <summary>One write transaction's <see cref="Stopwatch"/> timestamps: asked for, and the audit head locked.</summary>
    private sealed class WriteTimes(long asked)
    {
        public long Asked { get; } = asked;

        public long? Locked { get; set; }
    }
}
