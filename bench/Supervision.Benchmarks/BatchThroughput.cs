using System.Diagnostics;
using System.Globalization;
using Supervision.Acts;
using Supervision.Batch;
using Supervision.Examples;
using Supervision.Generation;

namespace Supervision.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/Supervision.Benchmarks -- batch [COUNT...] [--format pdf|docx] [--varied]</c>:
/// renders COUNT acts (the example protest and instruction, alternating; three pages each) through
/// <see cref="BatchZipWriter"/> into a zip thrown away as it is written, and prints acts a second, the peak
/// working set and the bytes allocated per act, so that 1000 and 10 000 acts can be compared (memory flat
/// in the number of acts). Wall time, not BenchmarkDotNet: the figure asked for is throughput on all cores.
/// It also prints the process's CPU time per act (user and system, all threads), the figure other load on
/// the machine changes least. <c>WARMUP</c> in the environment sets the acts rendered first, unmeasured
/// (200 by default): the runtime keeps promoting the renderer's methods for some thousands of acts.
/// <c>--varied</c> gives every act its own proceeding number, creditor and sum (as a quarterly batch of notices
/// has), so that no two consecutive acts draw the same glyphs and the per-file caches (font subsets, ToUnicode
/// maps) are measured as they miss, not only as they hit. The share of the machine's CPU time the hypervisor
/// gave to other guests during the run ("steal") is printed beside the figures: on a shared virtual machine it
/// moves the wall-clock figures by half from hour to hour.
/// </summary>
internal static class BatchThroughput
{
    public static void Run(string[] args)
    {
        var format = args.SkipWhile(arg => arg != "--format").Skip(1).FirstOrDefault() is { } name && EnumNames.TryParse<OutputFormat>(name, out var chosen) ? chosen : OutputFormat.Pdf;
        var counts = args.TakeWhile(arg => !arg.StartsWith("--", StringComparison.Ordinal)).Select(arg => int.Parse(arg, CultureInfo.InvariantCulture)).DefaultIfEmpty(1000).ToList();
        var examples = new[] { ActExamples.Json(ActKind.Protest, ActLanguage.Kk), ActExamples.Json(ActKind.Instruction, ActLanguage.Ru) };
        var acts = args.Contains("--varied") ? VariedActs.Of(examples, 512) : examples;
        var writer = new BatchZipWriter(ActGenerator.Default, format);

        // Warm-up: fonts, templates, JIT.
        var warmUp = Environment.GetEnvironmentVariable("WARMUP") is { Length: > 0 } text ? int.Parse(text, CultureInfo.InvariantCulture) : 200;
        Write(writer, acts, warmUp);
        Console.WriteLine($"processors {Environment.ProcessorCount}, warm-up {warmUp} acts, load average {LoadAverage()}, format {EnumNames.Of(format)}, parallelism {writer.Parallelism}");
        foreach (var count in counts)
        {
            GC.Collect();
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            var peakBefore = process.PeakWorkingSet64;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var cpu = process.TotalProcessorTime;
            var machine = MachineTimes.Read();
            var clock = Stopwatch.StartNew();
            var (bytes, manifest) = Write(writer, acts, count);
            clock.Stop();
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            process.Refresh();
            cpu = process.TotalProcessorTime - cpu;
            var stolen = MachineTimes.Read().StolenShareSince(machine);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{count} acts{(acts.Length > 2 ? " (varied)" : "")}: {clock.Elapsed.TotalSeconds:0.00} s, {count / clock.Elapsed.TotalSeconds:0} acts/s, CPU {cpu.TotalMilliseconds / count:0.00} ms/act, zip {bytes / 1024 / 1024} MiB, rendered {manifest.Rendered}, "
                + $"working set {process.WorkingSet64 / 1024 / 1024} MiB (peak {process.PeakWorkingSet64 / 1024 / 1024} MiB, before {peakBefore / 1024 / 1024} MiB), "
                + $"allocated {allocated / count / 1024} KiB/act, load average {LoadAverage()}, steal {stolen:P0}"));
        }
    }

    private static (long Bytes, BatchManifest Manifest) Write(BatchZipWriter writer, string[] acts, int count)
    {
        using var sink = new CountingSink();
        var manifest = writer.WriteAsync(Items(acts, count), sink).GetAwaiter().GetResult();
        return (sink.Written, manifest);
    }

    private static async IAsyncEnumerable<BatchItem> Items(string[] acts, int count)
    {
        for (var index = 0; index < count; index++)
        {
            yield return BatchItem.Of(index, acts[index % acts.Length]);
        }

        await Task.CompletedTask;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>A write-only stream that counts and forgets, standing for the response or the file.</summary>
    private sealed class CountingSink : Stream
    {
        public long Written { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Written;

        public override long Position { get => Written; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Written += count;

        public override void Write(ReadOnlySpan<byte> buffer) => Written += buffer.Length;
    }
}
