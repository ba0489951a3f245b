using Supervision.Document;
using Supervision.Rendering.Pdf;
using Supervision.Rendering.Pdf.Layout;

namespace Supervision.Tests.Rendering.Pdf;

/// <summary>The Kazakh and Russian sample acts laid out with the installed font, checked as values.</summary>
public sealed class LayoutTests
{
    private static readonly PageGeometry Page = PageGeometry.Official;

    public static TheoryData<string> Acts() => ["kk", "ru"];

    private static ActDocument Act(string language) => language == "kk" ? SampleActs.KazakhInstruction() : SampleActs.RussianConclusion();

    [Fact]
    public void TheKazakhInstructionTakesTwoPagesOrMore()
    {
        Assert.True(PdfRenderer.Lay(SampleActs.KazakhInstruction()).Count >= 2);
    }

    [Theory]
    [MemberData(nameof(Acts))]
    public void JustifiedLinesFillTheTextWidthExceptLastLinesAndLinesEndedByABreak(string language)
    {
        var document = Act(language);
        var checkedLines = 0;
        foreach (var line in PdfRenderer.Lay(document).SelectMany(page => page.Lines))
        {
            if (line.Role.Kind != LineKind.Text || !IsJustified(document.Blocks[line.Role.Block]) || line.Role.IsLast || line.EndsWithBreak)
            {
                continue;
            }

            var left = Page.Left + (line.Role.IsFirst && HasIndent(document.Blocks[line.Role.Block]) ? Page.Indent : 0);
            Assert.Equal(left, line.Left, 2);
            Assert.Equal(Page.Right, line.Right, 2);
            Assert.True(line.Justified);
            checkedLines++;
        }

        Assert.True(checkedLines > 10);
    }

    [Theory]
    [MemberData(nameof(Acts))]
    public void LastLinesOfJustifiedParagraphsAreNotStretched(string language)
    {
        var document = Act(language);
        var last = PdfRenderer.Lay(document).SelectMany(page => page.Lines)
            .Where(line => line.Role.Kind == LineKind.Text && line.Role.IsLast && line.Role.LineCount > 1 && IsJustified(document.Blocks[line.Role.Block]))
            .ToList();
        Assert.NotEmpty(last);
        Assert.All(last, line => Assert.False(line.Justified));
        Assert.All(last, line => Assert.Equal(Page.Left, line.Left, 2));
    }

    [Theory]
    [MemberData(nameof(Acts))]
    public void TheFirstLineOfEachParagraphStartsAtTheIndent(string language)
    {
        var document = Act(language);
        var first = PdfRenderer.Lay(document).SelectMany(page => page.Lines)
            .Where(line => line.Role.Kind == LineKind.Text && line.Role.IsFirst && HasIndent(document.Blocks[line.Role.Block]))
            .ToList();
        Assert.NotEmpty(first);
        Assert.All(first, line => Assert.Equal(Page.Left + Page.Indent, line.Left, 2));
    }

    [Fact]
    public void TheAddresseeIsBoldAndStartsAtTheMiddleOfTheTextWidth()
    {
        var lines = PdfRenderer.Lay(SampleActs.KazakhInstruction())[0].Lines.Where(line => line.Role.Kind == LineKind.Addressee).ToList();
        Assert.True(lines.Count >= 3);
        Assert.All(lines, line => Assert.Equal(Page.Left + (Page.TextWidth / 2), line.Left, 2));
        Assert.All(lines, line => Assert.True(line.Right <= Page.Right + 0.01));
        Assert.All(lines.SelectMany(line => line.Runs), run => Assert.Equal(Supervision.Rendering.Pdf.Fonts.FontFace.Bold, run.Face));
    }

    [Fact]
    public void TheRequisitesLineHasTheDateLeftAndThePlaceRight()
    {
        var lines = PdfRenderer.Lay(SampleActs.KazakhInstruction())[0].Lines.Where(line => line.Role.Kind == LineKind.Requisites).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal(lines[0].Baseline, lines[1].Baseline, 6);
        Assert.Equal(Page.Left, lines[0].Left, 2);
        Assert.Equal(Page.Right, lines[1].Right, 2);
    }

    [Theory]
    [MemberData(nameof(Acts))]
    public void TheNameStandsFlushRightOnTheLastPositionLine(string language)
    {
        var lines = PdfRenderer.Lay(Act(language))[^1].Lines.Where(line => line.Role.Kind == LineKind.Signature).ToList();
        Assert.Equal(Page.Left, lines[0].Left, 2);
        Assert.Equal(Page.Right, lines[^1].Right, 2);
        Assert.Equal(lines[^2].Baseline, lines[^1].Baseline, 6);
    }

    [Fact]
    public void NothingIsDrawnOutsideTheMargins()
    {
        foreach (var page in PdfRenderer.Lay(SampleActs.KazakhInstruction()).Concat(PdfRenderer.Lay(SampleActs.RussianConclusion())))
        {
            foreach (var line in page.Lines)
            {
                Assert.InRange(line.Left, Page.Left - 0.01, Page.Right);
                Assert.InRange(line.Right, Page.Left, Page.Right + 0.01);
                Assert.InRange(line.Baseline, Page.Top, Page.Top + Page.BodyHeight);
            }
        }
    }

    private static bool IsJustified(Block block) => block is ListBlock or Paragraph { Alignment: Alignment.Justify };

    private static bool HasIndent(Block block) => block is ListBlock or Paragraph { FirstLineIndent: true };
}
