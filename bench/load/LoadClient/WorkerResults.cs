namespace Supervision.LoadClient;

/// <summary>What one client measured.</summary>
internal sealed class WorkerResults
{
    public List<double> Latencies { get; } = new(capacity: 64 * 1024);

    public List<int> Statuses { get; } = new(capacity: 64 * 1024);

    public int Failures { get; set; }

    public long Bytes { get; set; }
}
