using System.Diagnostics;
using System.Diagnostics.Metrics;
using Supervision.Acts;

namespace Supervision.Generation;

/// <summary>
/// The generator's metrics (meter <see cref="MeterName"/>): how long a render takes, by format, kind and
/// outcome. Labels come from the catalog's names only, so their number is bounded (5 formats × the kinds ×
/// 3 outcomes); nothing of the act's content is a label. The service exports them at <c>/metrics</c>.
/// </summary>
public static class RenderMetrics
{
    /// <summary>The meter's name, to subscribe to.</summary>
    public const string MeterName = "Supervision.Generator";

    private static readonly Meter Meter = new(MeterName);

    // Seconds from a millisecond to ten: a render takes milliseconds, a signature with its PDF tens of them.
    private static readonly InstrumentAdvice<double> DurationBuckets = new()
    {
        HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    };

    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "supervision.render.duration", unit: "s",
        description: "Time to validate, compose and render one act, by format, kind and outcome (document, invalid, refused).",
        tags: null, advice: DurationBuckets);

    /// <summary>Records one render.</summary>
    internal static void Record(long startTimestamp, OutputFormat format, ActKind kind, RenderResult result) =>
        Duration.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds,
            new KeyValuePair<string, object?>("format", EnumNames.Of(format)),
            new KeyValuePair<string, object?>("kind", EnumNames.Of(kind)),
            new KeyValuePair<string, object?>("outcome", result switch
            {
                RenderResult.Document => "document",
                RenderResult.Invalid => "invalid",
                _ => "refused",
            }));
}
