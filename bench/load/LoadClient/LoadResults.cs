namespace Supervision.LoadClient;

/// <summary>What a run measured.</summary>
internal sealed record LoadResults(TimeSpan Elapsed, double[] Latencies, Dictionary<int, int> Statuses, int Failures, long Bytes)
{
    public int Errors => Failures + Statuses.Where(pair => pair.Key is < 200 or > 299).Sum(pair => pair.Value);

    /// <summary>The latency (ms) under which the given share of requests finished (nearest rank).</summary>
    public double Percentile(double percent) =>
        Latencies.Length == 0 ? 0 : Latencies[Math.Clamp((int)Math.Ceiling(percent / 100 * Latencies.Length) - 1, 0, Latencies.Length - 1)];
}
