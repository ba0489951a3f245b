using System.Globalization;

namespace Supervision.IssueBench;

/// <summary>
/// The stages of an answer's time in the service, from its Server-Timing header (docs/operations.md, "Metrics"):
/// render (typesetting), turn (waiting for the office's act before it), store (the write transaction) and hold (the
/// audit head held, which every other writer waits for). What shows that a long act of one office holds another's
/// only while it stores: the other's answers are slower by no more than the long act's store.
/// </summary>
internal static class ServerStages
{
    /// <summary>The stages, in the order the trace's columns hold them.</summary>
    public static readonly string[] Names = ["render", "turn", "store", "hold"];

    /// <summary>The trace's column names for the stages.</summary>
    public static string Header => string.Join(' ', Names.Select(name => name + "_ms"));

    /// <summary>The answer's stages by name, in ms; those it did not name are left out.</summary>
    public static Dictionary<string, double> Read(HttpResponseMessage response)
    {
        var stages = new Dictionary<string, double>(StringComparer.Ordinal);
        if (!response.Headers.TryGetValues("Server-Timing", out var values))
        {
            return stages;
        }

        foreach (var metric in values.SelectMany(value => value.Split(',', StringSplitOptions.TrimEntries)))
        {
            var parameters = metric.Split(';', StringSplitOptions.TrimEntries);
            var duration = parameters.Skip(1).FirstOrDefault(parameter => parameter.StartsWith("dur=", StringComparison.Ordinal));
            if (duration is not null && double.TryParse(duration[4..], NumberStyles.Float, CultureInfo.InvariantCulture, out var ms))
            {
                stages[parameters[0]] = ms;
            }
        }

        return stages;
    }

    /// <summary>The stages as the trace's columns ("-" where the answer did not name one).</summary>
    public static string Columns(Dictionary<string, double> stages) =>
        string.Join(' ', Names.Select(name => stages.TryGetValue(name, out var ms) ? ms.ToString("F1", CultureInfo.InvariantCulture) : "-"));

    /// <summary>Each stage's median, 99th percentile and largest over the answers.</summary>
    public static string Summary(List<Dictionary<string, double>> answers, Func<List<double>, (double P50, double P99)> percentiles) =>
        string.Join(", ", Names.Select(name =>
        {
            var values = answers.Where(answer => answer.ContainsKey(name)).Select(answer => answer[name]).Order().ToList();
            if (values.Count == 0)
            {
                return $"{name} -";
            }

            var (p50, p99) = percentiles(values);
            return string.Create(CultureInfo.InvariantCulture, $"{name} {p50:F1} / {p99:F1} / {values[^1]:F1}");
        }));
}
