using Supervision.Document;
using Supervision.Rendering.Pdf.Layout;
using static Supervision.Tests.Rendering.Pdf.SampleActs;

namespace Supervision.Tests.Rendering.Pdf;

/// <summary>Lines as values: where they break and how they are set, with letters half an em wide (7 pt at 14 pt).</summary>
public sealed class LineBreakingTests
{
    private static readonly FixedMetrics Metrics = FixedMetrics.Instance;

    private static List<TextLine> Break(double width, params Inline[] inlines) =>
        LineBreaker.Break(InlineTokenizer.Tokenize(inlines, 14, bold: false, Metrics), width, width, Metrics, 14);

    private static string[] Texts(List<TextLine> lines) =>
        [.. lines.Select(line => string.Concat(line.Pieces.Select(piece => piece.Text)))];

    [Fact]
    public void WordsFillALineAndTheSpaceAtTheBreakIsDropped()
    {
        // "ааа ббб ввв" is 3 * 21 + 2 * 3.5 = 70 pt; 60 pt holds two words.
        Assert.Equal(["ааа ббб", "ввв"], Texts(Break(60, Run("ааа ббб ввв"))));
    }

    [Fact]
    public void ANoBreakSpaceHoldsItsWordsTogether()
    {
        Assert.Equal(["ааа", "127\u00A0ВКА\u00A001"], Texts(Break(90, Run("ааа 127\u00A0ВКА\u00A001"))));
    }

    [Fact]
    public void ALineMayBreakAfterAHyphenInsideAWord()
    {
        // "Заңның 22-бабын": the line ends after "22-".
        Assert.Equal(["Заңның 22-", "бабын"], Texts(Break(80, Run("Заңның 22-бабын"))));
    }

    [Fact]
    public void AWordIsCutOnlyWhenItAloneIsWiderThanTheLine()
    {
        var lines = Texts(Break(35, Run("ааа атқарушылық")));
        Assert.Equal(["ааа", "атқар", "ушылы", "қ"], lines);
    }

    [Fact]
    public void AForcedBreakEndsALineThatIsThenNotStretched()
    {
        var lines = Break(400, Run("бірінші жол"), LineBreak.Instance, Run("екінші жол"));
        Assert.Equal(["бірінші жол", "екінші жол"], Texts(lines));
        Assert.True(lines[0].EndsWithBreak);
        Assert.True(lines[1].IsLast);
        var set = LineSetter.Set(lines[0], 0, 400, Alignment.Justify, 14, 0, default);
        Assert.False(set.Justified);
    }

    [Fact]
    public void AJustifiedLineReachesBothEdgesAndTheLastLineDoesNot()
    {
        var lines = Break(100, Run("ааа ббб ввв ггг ддд"));
        var first = LineSetter.Set(lines[0], 50, 100, Alignment.Justify, 14, 0, default);
        var last = LineSetter.Set(lines[^1], 50, 100, Alignment.Justify, 14, 0, default);
        Assert.Equal(50, first.Left, 6);
        Assert.Equal(150, first.Right, 6);
        Assert.True(last.Right < 150 - 1);
    }

    [Fact]
    public void StylesInsideAWordDoNotBreakIt()
    {
        Assert.Equal(["ааа", "ббб" + "ввв"], Texts(Break(50, Run("ааа "), Bold("ббб"), Run("ввв"))));
    }

    [Theory]
    [InlineData(Alignment.Left, 0)]
    [InlineData(Alignment.Center, 39.5)]
    [InlineData(Alignment.Right, 79)]
    public void AlignedLinesStartWhereTheirAlignmentPutsThem(Alignment alignment, double start)
    {
        // "ааа ббб" is 45.5 pt wide, set in 124.5 pt.
        var line = Break(124.5, Run("ааа ббб"))[0];
        Assert.Equal(start, LineSetter.Set(line, 0, 124.5, alignment, 14, 0, default).Left, 6);
    }
}
