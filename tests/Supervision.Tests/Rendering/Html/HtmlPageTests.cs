using Supervision.Rendering.Html;

namespace Supervision.Tests.Rendering.Html;

/// <summary>The page around the article, and the fragment without it.</summary>
public sealed class HtmlPageTests
{
    [Fact]
    public void A_full_page_has_the_doctype_charset_title_and_stylesheet()
    {
        var source = HtmlRenderer.Render(SampleActs.KazakhConclusion);
        var html = ParsedHtml.Page(source);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"kk-KZ\">\n<head>\n<meta charset=\"utf-8\">\n", source, StringComparison.Ordinal);
        Assert.Equal("Прокурордың қорытындысы № 2-11-25/4186", html.Document.Title);
        Assert.Equal("utf-8", html.Document.QuerySelector("meta[charset]")!.GetAttribute("charset"));
        var style = Assert.Single(html.Document.Head!.QuerySelectorAll("style"));
        Assert.Contains(HtmlRenderer.Stylesheet, style.TextContent, StringComparison.Ordinal);
        Assert.Same(html.Document.Body, html.Article.ParentElement);
    }

    [Theory]
    [InlineData("kk", "kk-KZ")]
    [InlineData("ru", "ru-RU")]
    public void The_language_of_the_act_is_on_the_page_and_on_the_article(string language, string culture)
    {
        var act = HtmlTextTests.Act(language);

        var page = ParsedHtml.Page(HtmlRenderer.Render(act));
        var fragment = ParsedHtml.Fragment(HtmlRenderer.Render(act, new HtmlOptions(FullPage: false)));

        Assert.Equal(culture, page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(culture, page.Article.GetAttribute("lang"));
        Assert.Equal(culture, fragment.Article.GetAttribute("lang"));
    }

    [Fact]
    public void The_fragment_is_only_the_article()
    {
        var source = HtmlRenderer.Render(SampleActs.KazakhConclusion, new HtmlOptions(FullPage: false));
        var html = ParsedHtml.Fragment(source);

        Assert.StartsWith("<article class=\"act\" lang=\"kk-KZ\">\n", source, StringComparison.Ordinal);
        Assert.EndsWith("</article>\n", source, StringComparison.Ordinal);
        Assert.Single(html.Document.Body!.Children);
        Assert.Empty(html.Document.QuerySelectorAll("body style, body meta, body title, body html"));
        Assert.DoesNotContain("<style", source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_page_is_the_default()
    {
        Assert.Equal(HtmlRenderer.Render(SampleActs.RussianSubmission), HtmlRenderer.Render(SampleActs.RussianSubmission, new HtmlOptions()));
        Assert.True(new HtmlOptions().FullPage);
    }

    [Fact]
    public void The_page_loads_nothing_from_outside_and_runs_nothing()
    {
        var html = ParsedHtml.Page(HtmlRenderer.Render(SampleActs.KazakhConclusion));

        Assert.Empty(html.Document.QuerySelectorAll("script, link, img, iframe, object, embed, base, form"));
        Assert.Empty(html.Document.QuerySelectorAll("[src], [href], [style]"));
        Assert.DoesNotContain(html.Document.All.SelectMany(element => element.Attributes), attribute => attribute.Name.StartsWith("on", StringComparison.Ordinal));
        var policy = html.Document.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content");
        Assert.StartsWith("default-src 'none';", policy, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_writing_calls_give_the_same_html()
    {
        using var output = new StringWriter();

        HtmlRenderer.Render(SampleActs.KazakhConclusion, output);

        Assert.Equal(HtmlRenderer.Render(SampleActs.KazakhConclusion), output.ToString());
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => HtmlRenderer.Render(null!));
        Assert.Throws<ArgumentNullException>(() => HtmlRenderer.Render(SampleActs.KazakhConclusion, null!, null));
    }
}
