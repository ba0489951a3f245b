using System.Globalization;

namespace Supervision.IssueBench;

/// <summary>
/// The CPU time of the runtime's tiered-compilation threads (".NET Tiered Com…", the thread that compiles hot
/// methods again, optimised, through dynamic PGO's instrumented tier) in the given processes, from
/// <c>/proc/PID/task/TID/stat</c>. A warm-up goes on until it stays near zero: then the code the measured run
/// executes is the code a service that has been up for hours executes, and no compiler takes the cores it needs.
/// </summary>
internal static class Compilers
{
    /// <summary>CPU time so far of each compiler thread, by process and thread id (threads come and go).</summary>
    public static Dictionary<(int Pid, int Tid), TimeSpan> Snapshot(IEnumerable<int> pids)
    {
        var threads = new Dictionary<(int, int), TimeSpan>();
        foreach (var pid in pids)
        {
            foreach (var task in Directory.Exists($"/proc/{pid}/task") ? Directory.GetDirectories($"/proc/{pid}/task") : [])
            {
                try
                {
                    if (File.ReadAllText(Path.Combine(task, "comm")).StartsWith(".NET Tiered Com", StringComparison.Ordinal))
                    {
                        threads[(pid, int.Parse(Path.GetFileName(task), CultureInfo.InvariantCulture))] = Cpu(File.ReadAllText(Path.Combine(task, "stat")));
                    }
                }
                catch (IOException)
                {
                    // The thread ended between the listing and the read: it compiles nothing more.
                }
            }
        }

        return threads;
    }

    /// <summary>The compilers' CPU time between two snapshots, per process: a thread that started since counts from zero.</summary>
    public static Dictionary<int, TimeSpan> Since(Dictionary<(int Pid, int Tid), TimeSpan> before, Dictionary<(int Pid, int Tid), TimeSpan> after) =>
        after.GroupBy(thread => thread.Key.Pid).ToDictionary(
            process => process.Key,
            process => process.Aggregate(TimeSpan.Zero, (sum, thread) => sum + thread.Value - before.GetValueOrDefault(thread.Key)));

    /// <summary>User + system time of a /proc stat line: fields 14 and 15, in clock ticks (100 a second on Linux).</summary>
    public static TimeSpan Cpu(string stat)
    {
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return TimeSpan.FromSeconds((long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0);
    }
}
