using Supervision.Document;
using Supervision.Rendering.Html;

namespace Supervision.Tests.Rendering.Html;

public sealed class HtmlTextTests
{
    public static TheoryData<string> Acts => ["kk", "ru"];

    [Theory]
    [MemberData(nameof(Acts))]
    public void The_article_reads_block_by_block_as_the_plain_text_of_the_act(string language)
    {
        var act = Act(language);

        var html = ParsedHtml.Page(HtmlRenderer.Render(act));

        Assert.Equal(PlainText.Of(act).Split('\n'), ArticleText.Of(html).Split('\n'));
    }

    [Theory]
    [MemberData(nameof(Acts))]
    public void The_fragment_reads_as_the_plain_text_of_the_act_too(string language)
    {
        var act = Act(language);

        var html = ParsedHtml.Fragment(HtmlRenderer.Render(act, new HtmlOptions(FullPage: false)));

        Assert.Equal(PlainText.Of(act).Split('\n'), ArticleText.Of(html).Split('\n'));
    }

    [Theory]
    [MemberData(nameof(Acts))]
    public void A_browser_reads_the_page_and_the_fragment_without_a_single_parse_error(string language)
    {
        var act = Act(language);

        Assert.Empty(ParsedHtml.Page(HtmlRenderer.Render(act)).Errors);
        Assert.Empty(ParsedHtml.Fragment(HtmlRenderer.Render(act, new HtmlOptions(FullPage: false))).Errors);
    }

    [Fact]
    public void Spaces_and_characters_outside_the_basic_plane_survive_as_they_are()
    {
        var act = OnlyBlock(new Paragraph([new TextRun("  екі  бос\u00A0орын, тасымал\u00AD, 📄 және \t қойынды ")]));

        var html = ParsedHtml.Page(HtmlRenderer.Render(act));

        Assert.Equal(PlainText.Of(act), ArticleText.Of(html));
    }

    [Fact]
    public void A_line_break_that_slipped_into_a_run_still_breaks_the_line()
    {
        var act = OnlyBlock(new Paragraph([new TextRun("бірінші жол\nекінші жол\r\nүшінші жол")]));

        var html = ParsedHtml.Page(HtmlRenderer.Render(act));

        Assert.Equal(2, html.Blocks[0].QuerySelectorAll("br").Length);
        Assert.Equal("бірінші жол\nекінші жол\nүшінші жол", ArticleText.Inline(html.Blocks[0]));
    }

    internal static ActDocument Act(string language) => language == "kk" ? SampleActs.KazakhConclusion : SampleActs.RussianSubmission;

    private static ActDocument OnlyBlock(Block block) => SampleActs.KazakhConclusion with { Blocks = [block] };
}
