using BenchmarkDotNet.Attributes;
using Supervision.Acts;
using Supervision.Composition;
using Supervision.Document;
using Supervision.Generation;
using Supervision.Rendering.Docx;
using Supervision.Rendering.Html;
using Supervision.Rendering.Pdf;

namespace Supervision.Benchmarks;

/// <summary>
/// One act per format on one thread: each renderer alone on a composed document, and the whole route
/// the API takes (validate, template, markup, document, file).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class RenderBenchmarks
{
    private Act _act = null!;
    private ActDocument _document = null!;

    /// <summary>protest.kk is a two-page act; instruction.ru a three-page one.</summary>
    [Params("protest.kk", "instruction.ru")]
    public string Example { get; set; } = "protest.kk";

    [GlobalSetup]
    public void Setup()
    {
        _act = ExampleActs.Read(Example);
        _document = ActComposer.Default.Compose(_act);
    }

    [Benchmark]
    public ActDocument Compose() => ActComposer.Default.Compose(_act);

    [Benchmark]
    public byte[] Pdf() => PdfRenderer.Render(_document);

    [Benchmark]
    public byte[] Docx() => DocxRenderer.Render(_document);

    [Benchmark]
    public string Html() => HtmlRenderer.Render(_document);

    [Benchmark]
    public RenderResult PdfFromAct() => ActGenerator.Default.Render(_act, OutputFormat.Pdf);

    [Benchmark]
    public RenderResult DocxFromAct() => ActGenerator.Default.Render(_act, OutputFormat.Docx);
}
