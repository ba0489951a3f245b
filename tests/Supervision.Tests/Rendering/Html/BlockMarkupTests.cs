using AngleSharp.Dom;
using Supervision.Document;
using Supervision.Rendering.Html;

namespace Supervision.Tests.Rendering.Html;

/// <summary>What element each block of the model becomes.</summary>
public sealed class BlockMarkupTests
{
    [Fact]
    public void A_justified_indented_paragraph_is_a_plain_p()
    {
        var block = Single(new Paragraph([new TextRun("Мәтін.")]));

        Assert.Equal("p", block.LocalName);
        Assert.Empty(block.Attributes);
    }

    [Fact]
    public void The_options_of_a_paragraph_become_its_classes()
    {
        var block = Single(new Paragraph([new TextRun("Орынд.: А.Б. Серікова")], Alignment.Left, FirstLineIndent: false, KeepWithNext: true, Small: true));

        Assert.Equal(["act-left", "act-no-indent", "act-small", "act-keep"], block.ClassList);
    }

    [Theory]
    [InlineData(Alignment.Left, "act-left")]
    [InlineData(Alignment.Center, "act-center")]
    [InlineData(Alignment.Right, "act-right")]
    public void A_paragraph_aligned_otherwise_than_justified_says_so(Alignment alignment, string expected) =>
        Assert.Equal([expected], Single(new Paragraph([new TextRun("Мәтін.")], alignment)).ClassList);

    [Fact]
    public void Bold_and_italic_runs_are_strong_and_em_and_a_line_break_is_br()
    {
        var block = Single(new Paragraph(
        [
            new TextRun("жай "),
            new TextRun("жуан", Bold: true),
            LineBreak.Instance,
            new TextRun("көлбеу", Italic: true),
            new TextRun("екеуі", Bold: true, Italic: true),
            new TextRun(string.Empty, Bold: true),
        ]));

        Assert.Equal("жай <strong>жуан</strong><br><em>көлбеу</em><strong><em>екеуі</em></strong>", block.InnerHtml);
    }

    [Theory]
    [InlineData(1, "h1")]
    [InlineData(2, "h2")]
    [InlineData(3, "h3")]
    [InlineData(0, "h1")]
    [InlineData(7, "h3")]
    public void A_heading_of_each_level_is_h1_to_h3(int level, string tag) =>
        Assert.Equal(tag, Single(new Heading(level, [new TextRun("ЖАЗБАША НҰСҚАУ")])).LocalName);

    [Fact]
    public void A_numbered_list_is_an_ol_that_keeps_its_first_number()
    {
        var list = Single(new ListBlock(true, 3, [[new TextRun("үшінші;")], [new TextRun("төртінші.")]]));

        Assert.Equal("ol", list.LocalName);
        Assert.Equal("3", list.GetAttribute("start"));
        Assert.Equal(["үшінші;", "төртінші."], list.Children.Select(item => item.TextContent));
    }

    [Fact]
    public void A_list_numbered_from_one_needs_no_start()
    {
        var list = Single(new ListBlock(true, 1, [[new TextRun("бірінші.")]]));

        Assert.False(list.HasAttribute("start"));
    }

    [Fact]
    public void A_dashed_list_is_a_ul()
    {
        var list = Single(new ListBlock(false, 1, [[new TextRun("атқару парағы;")], [new TextRun("қаулы.")]]));

        Assert.Equal("ul", list.LocalName);
        Assert.Equal(["li", "li"], list.Children.Select(item => item.LocalName));
    }

    [Fact]
    public void A_header_row_is_a_thead_of_column_headers_above_the_body()
    {
        var table = Single(new Table(
            [
                new TableRow([new TableCell([new TextRun("№")], Alignment.Center), new TableCell([new TextRun("Әрекет")])]),
                new TableRow([new TableCell([new TextRun("1")], Alignment.Center), new TableCell([new TextRun("Іс қозғалды")])]),
            ],
            HasHeader: true));

        Assert.Equal(["thead", "tbody"], table.Children.Select(part => part.LocalName));
        Assert.All(table.QuerySelectorAll("th"), header => Assert.Equal("col", header.GetAttribute("scope")));
        Assert.Equal(["act-center"], table.QuerySelector("th")!.ClassList);
        Assert.Equal(["act-center"], table.QuerySelector("td")!.ClassList);
        Assert.Empty(table.QuerySelectorAll("td")[1].Attributes);
    }

    [Fact]
    public void A_table_without_a_header_has_only_a_body()
    {
        var table = Single(new Table([new TableRow([new TableCell([new TextRun("а")]), new TableCell([new TextRun("б")])])], HasHeader: false));

        Assert.Equal(["tbody"], table.Children.Select(part => part.LocalName));
        Assert.Empty(table.QuerySelectorAll("th"));
    }

    [Fact]
    public void The_requisites_are_the_date_and_number_then_the_place_in_one_row()
    {
        var block = Single(new RequisitesBlock([new TextRun("2025 жылғы 14 қазандағы № 2-11-25/4186")], [new TextRun("Астана қ.")]));

        Assert.Equal(["act-requisites"], block.ClassList);
        Assert.Equal(["2025 жылғы 14 қазандағы № 2-11-25/4186", "Астана қ."], block.Children.Select(side => side.TextContent));
    }

    [Fact]
    public void The_addressee_and_the_approval_are_their_lines_in_their_own_blocks()
    {
        var html = Render(
            new AddresseeBlock([[new TextRun("Астана қаласының Есіл")], [new TextRun("аудандық сотына")]]),
            new ApprovalBlock([[new TextRun("БЕКІТЕМІН", Bold: true)], [new TextRun("Астана қаласы прокурорының орынбасары")]]));

        Assert.Equal(["act-addressee"], html.Blocks[0].ClassList);
        Assert.Equal(["Астана қаласының Есіл", "аудандық сотына"], html.Blocks[0].Children.Select(line => line.TextContent));
        Assert.Equal(["act-approval"], html.Blocks[1].ClassList);
        Assert.Equal("<strong>БЕКІТЕМІН</strong>", html.Blocks[1].Children[0].InnerHtml);
    }

    [Fact]
    public void The_signature_has_the_position_lines_on_the_left_and_the_name_after_them()
    {
        var block = Single(new SignatureBlock(
            [[new TextRun("Астана қаласының прокуроры")], [new TextRun("әділет аға кеңесшісі")]],
            [new TextRun("Н.Б. Сейітов")]));

        Assert.Equal(["act-signature"], block.ClassList);
        Assert.Equal(["act-signature-position", "act-signature-name"], block.Children.Select(part => part.ClassName));
        Assert.Equal(["Астана қаласының прокуроры", "әділет аға кеңесшісі"], block.Children[0].Children.Select(line => line.TextContent));
        Assert.Equal("Н.Б. Сейітов", block.Children[1].TextContent);
    }

    [Fact]
    public void A_page_break_starts_a_new_sheet()
    {
        var html = Render(new Paragraph([new TextRun("бірінші бет")]), new PageBreak(), new Paragraph([new TextRun("екінші бет")]));

        Assert.Equal(2, html.Sheets.Count);
        Assert.All(html.Sheets, sheet => Assert.Equal(["act-sheet"], sheet.ClassList));
        Assert.Equal(["бірінші бет", "екінші бет"], html.Sheets.Select(sheet => sheet.TextContent.Trim()));
    }

    [Fact]
    public void An_empty_act_is_one_empty_sheet()
    {
        var html = Render();

        Assert.Single(html.Sheets);
        Assert.Empty(html.Blocks);
    }

    [Fact]
    public void A_block_of_an_unknown_kind_is_refused_rather_than_left_out()
    {
        var act = SampleActs.KazakhConclusion with { Blocks = [new Foreign()] };

        var error = Assert.Throws<NotSupportedException>(() => HtmlRenderer.Render(act));

        Assert.Contains(nameof(Foreign), error.Message, StringComparison.Ordinal);
    }

    private static IElement Single(Block block) => Assert.Single(Render(block).Blocks);

    private static ParsedHtml Render(params Block[] blocks)
    {
        var act = SampleActs.KazakhConclusion with { Blocks = blocks };
        var html = ParsedHtml.Fragment(HtmlRenderer.Render(act, new HtmlOptions(FullPage: false)));
        Assert.Empty(html.Errors);
        return html;
    }

    private sealed record Foreign : Block;
}
