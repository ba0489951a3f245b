using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Supervision.Register;

/// <summary>
/// The register's metrics (meter <see cref="MeterName"/>): how long signing, approving and issuing take,
/// and how often the database fails, by kind. Labels are closed sets (operation, outcome, failure kind);
/// never a person, an office, a number or a value. The service exports them at <c>/metrics</c>.
/// </summary>
public static class RegisterMetrics
{
    /// <summary>The meter's name, to subscribe to.</summary>
    public const string MeterName = "Supervision.Register";

    private static readonly Meter Meter = new(MeterName);

    // Seconds from a millisecond to ten: a render takes milliseconds, a signature with its PDF tens of them.
    private static readonly InstrumentAdvice<double> DurationBuckets = new()
    {
        HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    };

    private static readonly Histogram<double> IssueDuration = Meter.CreateHistogram<double>(
        "supervision.register.issue.duration", unit: "s",
        description: "Time to sign, approve or issue an act in the register (validate, number, render, store, audit), by operation and outcome.",
        tags: null, advice: DurationBuckets);

    private static readonly Histogram<double> StageDuration = Meter.CreateHistogram<double>(
        "supervision.register.stage.duration", unit: "s",
        description: "Time spent in one stage of a register write, by stage: render and turn (issuing an act), store (a write transaction, start to commit) and hold (holding the audit head, which every other writer waits for).",
        tags: null, advice: DurationBuckets);

    private static readonly Counter<long> Failures = Meter.CreateCounter<long>(
        "supervision.register.errors", unit: "{error}",
        description: "Register failures answered to a caller, by kind: unavailable, refused, damaged, unexpected.");

    /// <summary>Times <paramref name="operation"/> ("sign", "approve", "issue") and records it with its outcome's name.</summary>
    internal static async Task<T> MeasureAsync<T>(string operation, Func<Task<T>> work)
        where T : class
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = "failed";
        try
        {
            var result = await work().ConfigureAwait(false);
            outcome = OutcomeName(result);
            return result;
        }
        finally
        {
            IssueDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
                new KeyValuePair<string, object?>("operation", operation),
                new KeyValuePair<string, object?>("outcome", outcome));
        }
    }

    /// <summary>Records the time one stage took (<see cref="RegisterTimings"/>'s names).</summary>
    internal static void RecordStage(string stage, TimeSpan duration) =>
        StageDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("stage", stage));

    /// <summary>Counts one failure of the register, by its kind.</summary>
    public static void RecordFailure(RegisterFailureKind kind) =>
        Failures.Add(1, new KeyValuePair<string, object?>("kind", kind.ToString().ToLowerInvariant()));

    /// <summary>"issued", "saved", "invalid", "refused", "replayed", "key-reused": the outcome record's own name, a closed set.</summary>
    private static string OutcomeName(object result) => result switch
    {
        Remembered<DraftOutcome>.Fresh fresh => OutcomeName(fresh.Outcome),
        Remembered<DraftOutcome>.Replayed => "replayed",
        Remembered<DraftOutcome>.KeyReused => "key-reused",
        _ => result.GetType().Name.ToLowerInvariant(),
    };
}
