using System.Globalization;
using Supervision.Rendering.Html;

namespace Supervision.Tests.Rendering.Html;

public sealed class DeterminismTests
{
    [Fact]
    public void The_same_act_gives_the_same_html_every_time()
    {
        var first = HtmlRenderer.Render(SampleActs.KazakhConclusion);

        Assert.Equal(first, HtmlRenderer.Render(SampleActs.KazakhConclusion));
        Assert.Equal(first, HtmlRenderer.Render(SampleActs.KazakhConclusion with { }));
    }

    [Theory]
    [InlineData("ru-RU")]
    [InlineData("kk-KZ")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void The_html_and_its_stylesheet_do_not_depend_on_the_culture_of_the_server(string culture)
    {
        var invariant = Under(CultureInfo.InvariantCulture, () => HtmlRenderer.Render(SampleActs.RussianSubmission));

        Assert.Equal(invariant, Under(CultureInfo.GetCultureInfo(culture), () => HtmlRenderer.Render(SampleActs.RussianSubmission)));
        Assert.Equal(HtmlRenderer.Stylesheet, Under(CultureInfo.GetCultureInfo(culture), HtmlStylesheet.Build));
    }

    [Fact]
    public void Source_lines_end_in_a_line_feed_on_every_platform()
    {
        var html = HtmlRenderer.Render(SampleActs.KazakhConclusion);

        Assert.DoesNotContain('\r', html);
    }

    private static string Under(CultureInfo culture, Func<string> render)
    {
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return render();
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = currentUi;
        }
    }
}
