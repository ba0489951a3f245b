using Supervision.Document;
using Supervision.Rendering.Pdf.Layout;
using static Supervision.Tests.Rendering.Pdf.SampleActs;

namespace Supervision.Tests.Rendering.Pdf;

/// <summary>Pages as values, with letters half an em wide and lines 1.2 em apart: 43 body lines a page.</summary>
public sealed class PaginationTests
{
    private static readonly DocumentInfo Info = new("Тест", "Тест", "Прокуратура", "kk-KZ", new DateOnly(2025, 1, 10));

    private static IReadOnlyList<LaidOutPage> Lay(IEnumerable<Block> blocks) =>
        DocumentLayout.Lay(new ActDocument(Info, [.. blocks]), FixedMetrics.Instance);

    private static IEnumerable<Block> Fillers(int count) =>
        Enumerable.Range(1, count).Select(index => (Block)new Paragraph([Run($"Қысқа жол {index}.")], FirstLineIndent: false));

    /// <summary>A paragraph of <paramref name="count"/> lines, each ended by a forced break.</summary>
    private static Paragraph Lines(int count, string word = "жол") =>
        new([.. Enumerable.Range(1, count).SelectMany(index => index == 1 ? [Run($"{word} {index}")] : new Inline[] { LineBreak.Instance, Run($"{word} {index}") })]);

    private static SignatureBlock Signature() => new([[Run("Прокурор")], [Run("әділет кеңесшісі")]], [Run("А. Бекұлы")]);

    [Fact]
    public void APageHoldsFortyThreeLinesOfTheseMetrics()
    {
        var pages = Lay(Fillers(FixedMetrics.LinesPerPage + 1));
        Assert.Equal(43, FixedMetrics.LinesPerPage);
        Assert.Equal([43, 1], pages.Select(page => page.Lines.Count));
    }

    [Theory]
    [MemberData(nameof(Offsets))]
    public void NoPageEndsWithTheFirstLineOfAParagraphNorStartsWithItsLast(int fillers)
    {
        var pages = Lay([.. Fillers(fillers), Lines(5), Lines(4, "сөз"), Lines(3, "қатар"), .. Fillers(50)]);
        foreach (var (before, after) in pages.Zip(pages.Skip(1)))
        {
            var last = before.Lines[^1].Role;
            var first = after.Lines[0].Role;
            Assert.False(last.LineCount > 1 && last.IsFirst, $"page {before.Number} ends with the first line of a paragraph");
            Assert.False(first.LineCount > 1 && first.IsLast, $"page {after.Number} starts with the last line of a paragraph");
            if (last.Block == first.Block && last.Part == first.Part)
            {
                Assert.True(last.Line >= 1, $"page {before.Number} keeps a single line of a split paragraph");
                Assert.True(last.LineCount - first.Line >= 2, $"page {after.Number} carries a single line of a split paragraph");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Offsets))]
    public void TheSignatureStandsOnOnePageWithTheTwoLinesBeforeIt(int fillers)
    {
        var pages = Lay([.. Fillers(fillers), Signature()]);
        var page = pages.Single(page => page.Lines.Any(line => line.Role.Kind == LineKind.Signature));
        Assert.All(pages.Where(other => other != page), other => Assert.DoesNotContain(other.Lines, line => line.Role.Kind == LineKind.Signature));
        var text = page.Lines.Count(line => line.Role.Kind == LineKind.Text);
        Assert.True(text >= 2, $"with {fillers} lines before it, the signature's page has {text} lines of text");
    }

    [Fact]
    public void ASignatureThatWouldOpenAPagePullsTheLastTwoLinesOver()
    {
        // The text fills page 1 exactly: without the rule the signature would stand alone on page 2.
        var pages = Lay([.. Fillers(FixedMetrics.LinesPerPage), Signature()]);
        Assert.Equal(2, pages.Count);
        Assert.Equal(FixedMetrics.LinesPerPage - 2, pages[0].Lines.Count);
        Assert.Equal(["Қысқа жол 42.", "Қысқа жол 43."], pages[1].Lines.Take(2).Select(line => line.Text));
        Assert.Equal(LineKind.Signature, pages[1].Lines[2].Role.Kind);
    }

    [Theory]
    [MemberData(nameof(Offsets))]
    public void AHeadingIsNeverTheLastBlockOnAPage(int fillers)
    {
        var pages = Lay([.. Fillers(fillers), new Heading(3, [Run("Бөлім")]), Lines(4), .. Fillers(10)]);
        Assert.All(pages, page => Assert.NotEqual(LineKind.Heading, page.Lines[^1].Role.Kind));
    }

    [Fact]
    public void AKeptParagraphStaysWithTheFirstItemOfTheNextBlock()
    {
        var keep = new Paragraph([Bold("ТАЛАП ЕТЕМІН:")], FirstLineIndent: false, KeepWithNext: true);
        var pages = Lay([.. Fillers(FixedMetrics.LinesPerPage - 1), keep, new ListBlock(true, 1, [[Run("Бірінші талап.")]])]);
        Assert.Equal("ТАЛАП ЕТЕМІН:", pages[1].Lines[0].Text);
        Assert.Equal("1. Бірінші талап.", pages[1].Lines[1].Text);
    }

    [Fact]
    public void APageBreakStartsANewPage()
    {
        var pages = Lay([Text("Бірінші бет."), new PageBreak(), new Heading(3, [Run("Екінші бет")]), Text("Мәтін.")]);
        Assert.Equal(2, pages.Count);
        Assert.Equal("Екінші бет", pages[1].Lines[0].Text);
    }

    [Fact]
    public void SpaceBeforeABlockIsDroppedAtTheTopOfAPage()
    {
        var pages = Lay([Text("Бірінші бет."), new PageBreak(), new Heading(1, [Run("ТАҚЫРЫП")])]);
        var ascent = 0.9 * 14;
        Assert.Equal(PageGeometry.Official.Top + ascent, pages[1].Lines[0].Baseline, 6);
    }

    [Fact]
    public void PagesFromTheSecondOnCarryTheirNumberAloneAtTheTopCentre()
    {
        var pages = Lay(Fillers(100));
        Assert.Equal(3, pages.Count);
        Assert.Null(pages[0].Folio);
        var page = PageGeometry.Official;
        foreach (var numbered in pages.Skip(1))
        {
            var folio = numbered.Folio!;
            Assert.Equal(numbered.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), folio.Text);
            Assert.Equal(page.Left + (page.TextWidth / 2), (folio.Left + folio.Right) / 2, 6);
            Assert.Equal(page.FolioTop + (0.9 * 14), folio.Baseline, 6);
        }
    }

    [Fact]
    public void ATableHeaderIsRepeatedOnEachPageTheTableGoesOnTo()
    {
        TableRow Row(string left, string right, bool bold = false) =>
            new([new TableCell([new TextRun(left, bold)]), new TableCell([new TextRun(right, bold)])]);
        var table = new Table([Row("Күні", "Әрекет", bold: true), .. Enumerable.Range(1, 60).Select(index => Row($"{index:D2}.03.2025", $"Әрекет {index}"))], HasHeader: true);
        var pages = Lay([table]);
        Assert.Equal(2, pages.Count);
        Assert.Equal(["Күні", "Әрекет"], pages[1].Lines.Take(2).Select(line => line.Text));
        Assert.Equal(pages[0].Lines.Count(line => line.Text == "Күні"), pages[1].Lines.Count(line => line.Text == "Күні"));
        Assert.NotEmpty(pages[1].Rules);
    }

    public static TheoryData<int> Offsets() => [.. Enumerable.Range(30, 16)];
}
