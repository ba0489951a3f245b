using Supervision.Document;
using Supervision.Markup;

namespace Supervision.Tests.Markup;

public sealed class MarkupReaderTests
{
    private static string Text(Block block) => block switch
    {
        Paragraph paragraph => PlainText.Of(paragraph.Inlines),
        Heading heading => PlainText.Of(heading.Inlines),
        _ => throw new ArgumentException(block.GetType().Name),
    };

    [Fact]
    public void AParagraphIsJustifiedWithTheIndentAndItsLinesJoinWithSpaces()
    {
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(MarkupReader.Read("Тексеру барысында\nанықталды.")));

        Assert.Equal((Alignment.Justify, true, false, false), (paragraph.Alignment, paragraph.FirstLineIndent, paragraph.KeepWithNext, paragraph.Small));
        Assert.Equal("Тексеру барысында анықталды.", Text(paragraph));
    }

    [Theory]
    [InlineData("{.center}", Alignment.Center, false)]
    [InlineData("{.right}", Alignment.Right, false)]
    [InlineData("{.left}", Alignment.Left, false)]
    [InlineData("{.noindent}", Alignment.Justify, false)]
    public void AttributesSetAlignmentAndIndent(string attributes, Alignment alignment, bool indent)
    {
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(MarkupReader.Read($"ТАЛАП ЕТЕМІН: {attributes}")));

        Assert.Equal((alignment, indent, "ТАЛАП ЕТЕМІН:"), (paragraph.Alignment, paragraph.FirstLineIndent, Text(paragraph)));
    }

    [Fact]
    public void KeepAndSmallCombineWithAlignment()
    {
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(MarkupReader.Read("Исп.: А. Сейітова {.left .small .keep}")));

        Assert.Equal((Alignment.Left, true, true), (paragraph.Alignment, paragraph.Small, paragraph.KeepWithNext));
    }

    [Fact]
    public void AnUnknownAttributeIsRefusedWithItsLine()
    {
        var exception = Assert.Throws<MarkupException>(() => MarkupReader.Read("бірінші\n\nекінші {.blue}"));

        Assert.Equal(3, exception.Line);
        Assert.Contains(".blue", exception.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void HeadingsHaveThreeLevels()
    {
        var blocks = MarkupReader.Read("# ПРОТЕСТ\n\n## на постановление\n\n### 1. Наименование дела");

        Assert.Equal([1, 2, 3], blocks.Cast<Heading>().Select(h => h.Level));
        Assert.Equal("ПРОТЕСТ", Text(blocks[0]));
        Assert.Equal("#### глубже", Text(Assert.IsType<Paragraph>(Assert.Single(MarkupReader.Read("#### глубже")))));
    }

    [Fact]
    public void NumberedListsKeepTheirStartAndEachItemIsText()
    {
        var list = Assert.IsType<ListBlock>(Assert.Single(MarkupReader.Read("3. Третье.\n\n4. Четвёртое\nв две строки.")));

        Assert.True(list.Numbered);
        Assert.Equal(3, list.Start);
        Assert.Equal(["Третье.", "Четвёртое в две строки."], list.Items.Select(PlainText.Of));
        Assert.Equal("4.", list.Marker(1));
    }

    [Fact]
    public void DashListsUseADash()
    {
        var list = Assert.IsType<ListBlock>(Assert.Single(MarkupReader.Read("- бірінші;\n- екінші.")));

        Assert.False(list.Numbered);
        Assert.Equal("–", list.Marker(0));
    }

    [Fact]
    public void BoldAndItalicBecomeRuns()
    {
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(MarkupReader.Read("Мерзім: **10 күн**, *күнтізбелік*.")));

        Assert.Equal(
            [new TextRun("Мерзім: "), new TextRun("10 күн", Bold: true), new TextRun(", "), new TextRun("күнтізбелік", Italic: true), new TextRun(".")],
            paragraph.Inlines);
    }

    [Fact]
    public void RequisitesAddresseeSignatureAndApprovalKeepTheirLines()
    {
        var blocks = MarkupReader.Read("""
            ::: requisites
            2025 жылғы 14 қазандағы № 2-11-25/4186

            Астана қ.
            :::

            ::: addressee
            Жеке сот орындаушысына
            Е.Б. Тұрсынбаевқа
            :::

            ::: approval
            **БЕКІТЕМІН**
            Аудан прокуроры
            :::

            ::: signature
            Аудан прокурорының орынбасары
            әділет кіші кеңесшісі

            Д. Әбдірахманов
            :::

            ::: page-break
            :::
            """);

        var requisites = Assert.IsType<RequisitesBlock>(blocks[0]);
        Assert.Equal(("2025 жылғы 14 қазандағы № 2-11-25/4186", "Астана қ."), (PlainText.Of(requisites.Left), PlainText.Of(requisites.Right)));
        Assert.Equal(["Жеке сот орындаушысына", "Е.Б. Тұрсынбаевқа"], Assert.IsType<AddresseeBlock>(blocks[1]).Lines.Select(PlainText.Of));
        var approval = Assert.IsType<ApprovalBlock>(blocks[2]);
        Assert.Equal(new TextRun("БЕКІТЕМІН", Bold: true), Assert.Single(approval.Lines[0]));
        var signature = Assert.IsType<SignatureBlock>(blocks[3]);
        Assert.Equal(["Аудан прокурорының орынбасары", "әділет кіші кеңесшісі"], signature.PositionLines.Select(PlainText.Of));
        Assert.Equal("Д. Әбдірахманов", PlainText.Of(signature.Name));
        Assert.IsType<PageBreak>(blocks[4]);
    }

    [Fact]
    public void AnUnknownBlockIsRefusedWithItsLine()
    {
        var exception = Assert.Throws<MarkupException>(() => MarkupReader.Read("мәтін\n\n::: stamp\nМ.О.\n:::"));

        Assert.Equal(3, exception.Line);
        Assert.Contains("stamp", exception.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ASignatureWithoutItsNameIsRefused() =>
        Assert.Throws<MarkupException>(() => MarkupReader.Read("::: signature\nПрокурор\n:::"));

    [Fact]
    public void PipeTablesBecomeTablesWithAHeaderRow()
    {
        var table = Assert.IsType<Table>(Assert.Single(MarkupReader.Read("| Құжат | Парақ |\n|---|---|\n| Қаулы | 3 |")));

        Assert.True(table.HasHeader);
        Assert.Equal(2, table.ColumnCount);
        Assert.Equal("Қаулы", PlainText.Of(table.Rows[1].Cells[0].Inlines));
    }

    [Fact]
    public void TheDelimiterRowAlignsItsColumnsSoFiguresStandRight()
    {
        var table = Assert.IsType<Table>(Assert.Single(MarkupReader.Read("| Прокуратура | Взыскано | Итог |\n|---|---:|:---:|\n| Карасай | 1 846 275,00 | да |")));

        Assert.All(table.Rows, row => Assert.Equal([Alignment.Left, Alignment.Right, Alignment.Center], row.Cells.Select(cell => cell.Alignment)));
    }

    [Fact]
    public void TheSeparatorsDashesGiveTheColumnsWidths()
    {
        var wide = Assert.IsType<Table>(Assert.Single(MarkupReader.Read("| Прокуратура | Взыскано |\n|------------|------:|\n| Карасай | 1 |")));
        var equal = Assert.IsType<Table>(Assert.Single(MarkupReader.Read("| Құжат | Парақ |\n|---|---|\n| Қаулы | 3 |")));

        var shares = wide.Shares(2);
        Assert.True(shares[0] > 1.5 * shares[1], $"{shares[0]} against {shares[1]}");
        Assert.Equal(1.0, shares.Sum(), 9);
        Assert.Equal([0.5, 0.5], equal.Shares(2));
    }

    [Theory]
    [InlineData("    indented text stays text")]
    [InlineData("<b>raw html</b> stays text")]
    [InlineData("[a link](http://example.com) stays text")]
    public void WhatActsDoNotHaveStaysPlainText(string markup)
    {
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(MarkupReader.Read(markup)));

        Assert.Equal(markup.Trim(), Text(paragraph));
    }

    [Theory]
    [InlineData("> a quotation")]
    [InlineData("```\ncode\n```")]
    public void BlocksActsDoNotHaveStayText(string markup)
    {
        var blocks = MarkupReader.Read(markup);

        Assert.All(blocks, block => Assert.IsType<Paragraph>(block));
    }
}
