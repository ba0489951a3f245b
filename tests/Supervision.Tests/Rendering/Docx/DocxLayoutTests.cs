using Supervision.Document;
using Supervision.Rendering.Docx;
using static Supervision.Tests.Rendering.Docx.Build;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Supervision.Tests.Rendering.Docx;

/// <summary>
/// How each block is set, read back with the Open XML SDK. Measures in twips written out by hand:
/// 1.25 cm → 709; the text width 210 − 30 − 15 = 165 mm → 11906 − 1701 − 850 = 9355, its half 4678, its 65 % (where the signature's name column starts) 6081;
/// a blank line of 14 pt type, single-spaced, 14 × 1.15 pt → 322.
/// </summary>
public sealed class DocxLayoutTests
{
    private static readonly W.Body Act = DocxFile.Body(DocxRenderer.Render(Samples.Document(
    [
        new RequisitesBlock(Text("14 октября 2025 года № 2-11-25/4186"), Text("г. Астана")),
        new AddresseeBlock(Lines("Частному судебному исполнителю", "Тұрсынбаеву Е.Б.")),
        new ApprovalBlock([Bold("УТВЕРЖДАЮ"), Text("Прокурор района")]),
        H(1, "ПИСЬМЕННОЕ УКАЗАНИЕ"),
        H(2, "об устранении нарушений"),
        P("Текст указания."),
        H(3, "Нарушения"),
        Numbered("Первое.", "Второе."),
        Dashed("тире"),
        P("Последний абзац перед подписью."),
        Signature("Д. Әбдірахманов", "Заместитель прокурора", "младший советник юстиции"),
        Executor("Исп.: Г. Сапарова"),
    ])));

    [Fact]
    public void TextIsJustifiedWithTheFirstLineIndented()
    {
        var properties = Paragraph("Текст указания.").ParagraphProperties!;

        Assert.Equal(W.JustificationValues.Both, properties.Justification!.Val!.Value);
        Assert.Equal("709", properties.Indentation!.FirstLine!.Value);
    }

    [Fact]
    public void HeadingsAreBoldAndKeptWithTheNextBlockLevelsOneAndTwoCentredLevelThreeIndented()
    {
        foreach (var (text, level) in new[] { ("ПИСЬМЕННОЕ УКАЗАНИЕ", 0), ("об устранении нарушений", 1), ("Нарушения", 2) })
        {
            var heading = Paragraph(text);
            var properties = heading.ParagraphProperties!;
            Assert.NotNull(properties.KeepNext);
            Assert.Equal(level, properties.OutlineLevel!.Val!.Value);
            Assert.All(heading.Elements<W.Run>(), run => Assert.NotNull(run.RunProperties?.Bold));
            if (level < 2)
            {
                Assert.Equal(W.JustificationValues.Center, properties.Justification!.Val!.Value);
                Assert.Null(properties.Indentation);
            }
            else
            {
                Assert.Null(properties.Justification);
                Assert.Equal("709", properties.Indentation!.FirstLine!.Value);
            }
        }
    }

    [Fact]
    public void ListItemsAreTextParagraphsWithTheirMarkerAtTheStartOfTheIndentedLine()
    {
        foreach (var item in new[] { "1. Первое.", "2. Второе.", "– тире" })
        {
            var properties = Paragraph(item).ParagraphProperties!;
            Assert.Equal(W.JustificationValues.Both, properties.Justification!.Val!.Value);
            Assert.Equal("709", properties.Indentation!.FirstLine!.Value);
        }
    }

    [Fact]
    public void TheRequisitesPutThePlaceAgainstTheRightMargin()
    {
        var requisites = Paragraph("14 октября 2025 года № 2-11-25/4186\tг. Астана");

        var stop = Assert.Single(requisites.ParagraphProperties!.Tabs!.Elements<W.TabStop>());
        Assert.Equal((W.TabStopValues.Right, 9355), (stop.Val!.Value, stop.Position!.Value));
        Assert.Null(requisites.ParagraphProperties.Indentation);
    }

    [Fact]
    public void TheAddresseeStandsInBoldInTheRightHalfLeftAligned()
    {
        foreach (var line in new[] { "Частному судебному исполнителю", "Тұрсынбаеву Е.Б." })
        {
            var paragraph = Paragraph(line);
            var properties = paragraph.ParagraphProperties!;
            Assert.Equal("4678", properties.Indentation!.Left!.Value);
            Assert.Equal("0", properties.Indentation.FirstLine!.Value);
            Assert.Null(properties.Justification);
            Assert.All(paragraph.Elements<W.Run>(), run => Assert.NotNull(run.RunProperties?.Bold));
        }

        Assert.NotNull(Paragraph("Частному судебному исполнителю").ParagraphProperties!.KeepNext);
    }

    [Fact]
    public void TheApprovalStandsInTheRightHalfAsWritten()
    {
        Assert.Equal("4678", Paragraph("УТВЕРЖДАЮ").ParagraphProperties!.Indentation!.Left!.Value);
        Assert.NotNull(Paragraph("УТВЕРЖДАЮ").Elements<W.Run>().Single().RunProperties?.Bold);
        Assert.Equal("4678", Paragraph("Прокурор района").ParagraphProperties!.Indentation!.Left!.Value);
        Assert.Null(Paragraph("Прокурор района").Elements<W.Run>().Single().RunProperties?.Bold);
    }

    [Fact]
    public void TheSignatureIsParagraphsThePositionLeftAndTheNameAtTheRightMarginOnTheRanksLineKeptTogether()
    {
        Assert.Empty(Act.Elements<W.Table>());
        var position = Paragraph("Заместитель прокурора");
        var rank = Paragraph("младший советник юстиции\tД. Әбдірахманов");

        // The position wraps before the name column: a right indent of 9355 − 6081 twips.
        Assert.Equal("3274", position.ParagraphProperties!.Indentation!.Right!.Value);
        Assert.Null(rank.ParagraphProperties!.Indentation);
        var stop = Assert.Single(rank.ParagraphProperties.Tabs!.Elements<W.TabStop>());
        Assert.Equal((W.TabStopValues.Right, 9355), (stop.Val!.Value, stop.Position!.Value));
        Assert.Equal(rank, position.NextSibling());
        Assert.Equal("Исп.: Г. Сапарова", DocxText.Of(Assert.IsType<W.Paragraph>(rank.NextSibling())));
        foreach (var paragraph in new[] { position, rank })
        {
            Assert.Equal(SignatureRenderer.StyleId, paragraph.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
            Assert.NotNull(paragraph.ParagraphProperties.KeepNext);
            Assert.NotNull(paragraph.ParagraphProperties.KeepLines);
            Assert.Null(paragraph.ParagraphProperties.Justification);
        }

        Assert.NotNull(Paragraph("Последний абзац перед подписью.").ParagraphProperties!.KeepNext);
        Assert.Null(Paragraph("Текст указания.").ParagraphProperties!.KeepNext);
    }

    [Fact]
    public void ASignatureWithNothingAfterItKeepsWithNothingAndOneWithoutPositionIsTheNameAtTheRight()
    {
        var body = DocxFile.Body(DocxRenderer.Render(Samples.Document([P("text"), Signature("Name", "Position", "Rank")])));
        var last = body.Elements<W.Paragraph>().Last();
        Assert.Equal("Rank\tName", DocxText.Of(last));
        Assert.Null(last.ParagraphProperties!.KeepNext);
        Assert.NotNull(last.ParagraphProperties.KeepLines);

        body = DocxFile.Body(DocxRenderer.Render(Samples.Document([P("text"), Signature("Name"), Executor("Исп.: Г. Сапарова")])));
        var name = body.Elements<W.Paragraph>().Single(paragraph => DocxText.Of(paragraph) == "Name");
        Assert.Equal(W.JustificationValues.Right, name.ParagraphProperties!.Justification!.Val!.Value);
        Assert.NotNull(name.ParagraphProperties.KeepNext);
        Assert.NotNull(body.Elements<W.Paragraph>().First().ParagraphProperties!.KeepNext);
    }

    [Fact]
    public void TheExecutorLineIsSmall()
    {
        var executor = Paragraph("Исп.: Г. Сапарова");

        Assert.Equal("24", executor.Elements<W.Run>().Single().RunProperties!.FontSize!.Val!.Value);
        Assert.Equal("24", executor.ParagraphProperties!.ParagraphMarkRunProperties!.GetFirstChild<W.FontSize>()!.Val!.Value);
        Assert.Null(executor.ParagraphProperties.Indentation);
    }

    [Fact]
    public void BlankLinesAroundBlocksComeFromThePageLayoutTheLargerOfAfterAndBeforeBetweenTwo()
    {
        Assert.Equal(0, SpaceBefore(Paragraph("14 октября 2025 года № 2-11-25/4186\tг. Астана")));
        Assert.Equal(322, SpaceBefore(Paragraph("Частному судебному исполнителю")));
        Assert.Equal(0, SpaceBefore(Paragraph("Тұрсынбаеву Е.Б.")));
        Assert.Equal(322, SpaceBefore(Paragraph("УТВЕРЖДАЮ")));
        Assert.Equal(322, SpaceBefore(Paragraph("ПИСЬМЕННОЕ УКАЗАНИЕ")));
        Assert.Equal(0, SpaceBefore(Paragraph("об устранении нарушений")));
        Assert.Equal(322, SpaceBefore(Paragraph("Текст указания.")));
        Assert.Equal(161, SpaceBefore(Paragraph("Нарушения")));
        Assert.Equal(0, SpaceBefore(Paragraph("1. Первое.")));
        Assert.Equal(644, SpaceBefore(Paragraph("Заместитель прокурора")));
        Assert.Equal(644, SpaceBefore(Paragraph("Исп.: Г. Сапарова")));
    }

    [Fact]
    public void APageBreakStartsTheNextParagraphOnANewPageWithoutAParagraphOfItsOwn()
    {
        var body = DocxFile.Body(DocxRenderer.Render(Samples.Document([P("one"), new PageBreak(), H(1, "TWO"), P("three"), new PageBreak()])));

        var paragraphs = body.Elements<W.Paragraph>().ToList();
        Assert.Equal(["one", "TWO", "three"], paragraphs.Select(DocxText.Of));
        Assert.Equal([false, true, false], paragraphs.Select(paragraph => paragraph.ParagraphProperties?.PageBreakBefore is not null));
        Assert.Empty(body.Descendants<W.Break>());
        Assert.Equal(0, SpaceBefore(paragraphs[1]));
    }

    [Fact]
    public void APageBreakBeforeAnythingStartsNoPage()
    {
        var body = DocxFile.Body(DocxRenderer.Render(Samples.Document([new PageBreak(), H(1, "ONE")])));

        var heading = Assert.Single(body.Elements<W.Paragraph>());
        Assert.Null(heading.ParagraphProperties!.PageBreakBefore);
        Assert.Equal(0, SpaceBefore(heading));
    }

    [Fact]
    public void ATableIsAGridAcrossTheTextWidthItsHeaderBoldAndRepeatedItsRowsWhole()
    {
        var body = DocxFile.Body(DocxRenderer.Render(Samples.Document(
        [
            H(2, "Расчет"),
            new Table([Row("Период", "Сумма"), new TableRow([new TableCell(Text("май")), new TableCell(Text("100,00"), Alignment.Right)])], HasHeader: true),
        ])));

        var table = Assert.Single(body.Elements<W.Table>());
        Assert.Equal("TableGrid", table.GetFirstChild<W.TableProperties>()!.TableStyle!.Val!.Value);
        Assert.Equal("9355", table.GetFirstChild<W.TableProperties>()!.TableWidth!.Width!.Value);
        var rows = table.Elements<W.TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<W.TableHeader>());
        Assert.Null(rows[1].TableRowProperties!.GetFirstChild<W.TableHeader>());
        Assert.All(rows, row => Assert.NotNull(row.TableRowProperties!.GetFirstChild<W.CantSplit>()));
        Assert.All(rows[0].Descendants<W.Run>(), run => Assert.NotNull(run.RunProperties?.Bold));
        Assert.All(rows[1].Descendants<W.Run>(), run => Assert.Null(run.RunProperties?.Bold));
        Assert.Equal(W.JustificationValues.Right, rows[1].Elements<W.TableCell>().Last().GetFirstChild<W.Paragraph>()!.ParagraphProperties!.Justification!.Val!.Value);

        // A border would show space inside the first cell: the heading's blank line goes after it instead.
        var heading = body.Elements<W.Paragraph>().Single();
        Assert.Equal("322", heading.ParagraphProperties!.SpacingBetweenLines!.After!.Value);
        Assert.All(table.Descendants<W.SpacingBetweenLines>(), spacing => Assert.Equal("0", spacing.Before!.Value));
    }

    [Fact]
    public void TablesThatWouldTouchAreKeptApartBecauseWordWouldJoinThem()
    {
        var body = DocxFile.Body(DocxRenderer.Render(Samples.Document(
            [P("text"), new Table([Row("a")], HasHeader: false), new Table([Row("b")], HasHeader: false), Signature("Name", "Position")])));

        var elements = body.ChildElements.Where(element => element is not W.SectionProperties).ToList();
        Assert.Collection(
            elements,
            first => Assert.Equal("text", DocxText.Of(Assert.IsType<W.Paragraph>(first))),
            table => Assert.IsType<W.Table>(table),
            separator =>
            {
                var properties = Assert.IsType<W.Paragraph>(separator).ParagraphProperties!;
                Assert.Equal(BodyRenderer.SeparatorStyleId, properties.ParagraphStyleId!.Val!.Value);
                Assert.Null(properties.KeepNext);
            },
            table => Assert.IsType<W.Table>(table),
            signature => Assert.Equal("Position\tName", DocxText.Of(Assert.IsType<W.Paragraph>(signature))));

        // The table before the signature keeps with it; its space before goes on the signature's first line.
        Assert.All(elements[3].Descendants<W.Paragraph>(), paragraph => Assert.NotNull(paragraph.ParagraphProperties?.KeepNext));
        Assert.Equal(644, SpaceBefore((W.Paragraph)elements[4]));
    }

    private static W.Paragraph Paragraph(string text) =>
        Act.Descendants<W.Paragraph>().Single(paragraph => DocxText.Of(paragraph) == text);

    private static int SpaceBefore(W.Paragraph paragraph) =>
        paragraph.ParagraphProperties?.SpacingBetweenLines?.Before?.Value is { } before
            ? int.Parse(before, System.Globalization.CultureInfo.InvariantCulture)
            : 0;
}
