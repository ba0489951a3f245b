using BenchmarkDotNet.Attributes;
using Supervision.Composition;
using Supervision.Document;
using Supervision.Rendering.Pdf;

namespace Supervision.Benchmarks;

/// <summary>
/// PDF rendering of acts that all differ, as a service sees them: <see cref="RenderBenchmarks.Pdf"/>
/// renders one act over and over, so every font subset is one the renderer has made before; here each
/// render draws a glyph set of its own (the act with a different handful of letters left out), so the
/// subsets are cut anew.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class PdfBenchmarks
{
    private const string Letters = "абвгдежзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі";

    private ActDocument[] _acts = [];
    private int _next;

    /// <summary>protest.kk is a two-page act; instruction.ru a three-page one.</summary>
    [Params("protest.kk", "instruction.ru")]
    public string Example { get; set; } = "protest.kk";

    [GlobalSetup]
    public void Setup()
    {
        var document = ActComposer.Default.Compose(ExampleActs.Read(Example));
        var random = new Random(2025);
        _acts = [.. Enumerable.Range(0, 4096).Select(_ => Without([.. Letters.Where(_ => random.Next(4) == 0)], document))];
    }

    [Benchmark]
    public byte[] PdfOfDistinctActs() => PdfRenderer.Render(_acts[_next++ % _acts.Length]);

    private static ActDocument Without(HashSet<char> letters, ActDocument document)
    {
        Inline Drop(Inline inline) => inline is TextRun run
            ? run with { Text = string.Concat(run.Text.Where(c => !letters.Contains(char.ToLowerInvariant(c)))) }
            : inline;

        return document with
        {
            Blocks = [.. document.Blocks.Select(block => block is Paragraph paragraph ? paragraph with { Inlines = [.. paragraph.Inlines.Select(Drop)] } : block)],
        };
    }
}
