using Supervision.Document;
using Supervision.Rendering.Pdf;

namespace Supervision.Tests.Rendering.Pdf;

/// <summary>The sample acts rendered once per test run.</summary>
internal static class RenderedActs
{
    private static readonly Lazy<byte[]> LazyKazakh = new(() => PdfRenderer.Render(SampleActs.KazakhInstruction()));
    private static readonly Lazy<byte[]> LazyRussian = new(() => PdfRenderer.Render(SampleActs.RussianConclusion()));

    public static byte[] Kazakh => LazyKazakh.Value;

    public static byte[] Russian => LazyRussian.Value;

    public static (ActDocument Document, byte[] Pdf) For(string language) =>
        language == "kk" ? (SampleActs.KazakhInstruction(), Kazakh) : (SampleActs.RussianConclusion(), Russian);
}
