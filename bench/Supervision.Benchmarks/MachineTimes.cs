using System.Globalization;

namespace Supervision.Benchmarks;

/// <summary>
/// The machine's CPU time counters from the first line of <c>/proc/stat</c> (in clock ticks): all of them, and
/// the "steal" column, the time the hypervisor ran other guests while this one wanted to run. Zeros where the
/// file is missing (not Linux).
/// </summary>
internal readonly record struct MachineTimes(long Total, long Steal)
{
    public static MachineTimes Read()
    {
        if (!File.Exists("/proc/stat"))
        {
            return default;
        }

        // "cpu  user nice system idle iowait irq softirq steal guest guest_nice"
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(field => long.Parse(field, CultureInfo.InvariantCulture)).ToArray();
        return new MachineTimes(fields.Take(8).Sum(), fields.Length > 7 ? fields[7] : 0);
    }

    /// <summary>The share of the machine's time stolen since <paramref name="before"/>, from 0 to 1.</summary>
    public double StolenShareSince(MachineTimes before) =>
        Total > before.Total ? (double)(Steal - before.Steal) / (Total - before.Total) : 0;
}
