using BenchmarkDotNet.Attributes;
using Supervision.Acts;
using Supervision.Composition;
using Supervision.Document;
using Supervision.Examples;
using Supervision.Generation;
using Supervision.Reading;
using Supervision.Rendering.Html;

namespace Supervision.Benchmarks;

/// <summary>
/// One act rendered per format on one thread: the whole route the API takes (validate, template,
/// markup, document, file) and the renderer alone on a composed document.
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private Act _act = null!;
    private ActDocument _document = null!;

    /// <summary>Example acts of about two pages.</summary>
    [Params("instruction.kk", "submission.ru")]
    public string Example { get; set; } = "instruction.kk";

    [GlobalSetup]
    public void Setup()
    {
        var dot = Example.LastIndexOf('.');
        if (!EnumNames.TryParse<ActLanguage>(Example[(dot + 1)..], out var language))
        {
            throw new InvalidOperationException($"'{Example}' does not end in a language.");
        }

        _act = ActReader.Read(ActExamples.Json(Example[..dot], language)).Act!;
        _document = ActComposer.Default.Compose(_act);
    }

    [Benchmark]
    public ActDocument Compose() => ActComposer.Default.Compose(_act);

    [Benchmark]
    public string Html() => HtmlRenderer.Render(_document);

    [Benchmark]
    public RenderResult HtmlFromAct() => ActGenerator.Default.Render(_act, OutputFormat.Html);
}
