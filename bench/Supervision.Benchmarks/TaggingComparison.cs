using System.Diagnostics;
using System.Globalization;
using Supervision.Composition;
using Supervision.Generation;
using Supervision.Rendering.Pdf;
using Supervision.Rendering.Pdf.Drawing;
using Supervision.Rendering.Pdf.Layout;
using Supervision.Rendering.Pdf.Structure;

namespace Supervision.Benchmarks;

/// <summary>
/// What tagging adds to the PDF route (issue 14: at most 20 %), measured so that the machine's other load
/// falls on both sides alike: in one process, the same laid-out act is written untagged and tagged in
/// strict alternation, and the whole route (validate, template, markup, document, layout, tagged file) is
/// timed in the same loop. Tagging changes only the writing (the structure tree and the marks in the page
/// content), so the route without it is the route's time less the difference. Run with
/// <c>dotnet run -c Release --project bench/Supervision.Benchmarks -- tagging [ROUNDS]</c>.
/// </summary>
internal static class TaggingComparison
{
    private static readonly string[] Examples = ["protest.kk", "instruction.ru"];

    public static void Run(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 400;
        Console.WriteLine($"tagging comparison, {rounds} rounds after {rounds / 4} unmeasured, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        Console.WriteLine("| act | untagged write | tagged write | difference | route (tagged) | route without tagging | growth |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var example in Examples)
        {
            Compare(example, rounds);
        }
    }

    private static void Compare(string example, int rounds)
    {
        var act = ExampleActs.Read(example);
        var document = ActComposer.Default.Compose(act);
        var pages = PdfRenderer.Lay(document);
        var untagged = new List<double>(rounds);
        var tagged = new List<double>(rounds);
        var route = new List<double>(rounds);
        for (var round = -(rounds / 4); round < rounds; round++)
        {
            var a = Time(() => DocumentDrawer.Write(pages, document.Info, PageGeometry.Official, writeContent: true));
            var b = Time(() => DocumentDrawer.Write(pages, document.Info, PageGeometry.Official, writeContent: true, new StructureTree(document.Blocks)));
            var c = Time(() => ActGenerator.Default.Render(act, OutputFormat.Pdf));
            if (round >= 0)
            {
                untagged.Add(a);
                tagged.Add(b);
                route.Add(c);
            }
        }

        var (u, t, r) = (Median(untagged), Median(tagged), Median(route));
        var without = r - (t - u);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {example} | {u:0.000} ms | {t:0.000} ms | {t - u:+0.000;-0.000} ms | {r:0.000} ms | {without:0.000} ms | {(r / without) - 1:+0.0%;-0.0%} |"));
    }

    private static double Time(Action action)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
