using System.Globalization;
using Supervision.Document;
using Supervision.Rendering.Html;

namespace Supervision.Tests.Rendering.Html;

/// <summary>The stylesheet carries the measures of <see cref="PageLayout"/> and nothing from outside the page.</summary>
public sealed class StylesheetTests
{
    private static readonly string Css = HtmlRenderer.Stylesheet;

    [Theory]
    [InlineData("width: 210mm;")]
    [InlineData("max-width: 100%;")]
    [InlineData("aspect-ratio: 210 / 297;")]
    [InlineData("padding: min(20mm, 9.5238%) min(15mm, 7.1429%) min(20mm, 9.5238%) min(30mm, 14.2857%);")]
    [InlineData("font-family: \"Times New Roman\", \"Liberation Serif\", \"PT Serif\", serif;")]
    [InlineData("font-size: 14pt;")]
    [InlineData("line-height: 1.15;")]
    [InlineData("text-align: justify;")]
    [InlineData("text-indent: 12.5mm;")]
    [InlineData(".act .act-sheet .act-small { font-size: 12pt; }")]
    [InlineData("margin-left: 50%;")]
    [InlineData(".act .act-requisites { display: flex; justify-content: space-between;")]
    [InlineData(".act .act-signature { display: flex; justify-content: space-between; align-items: flex-end;")]
    public void The_sheet_has_the_measures_of_the_page_layout(string rule) =>
        Assert.Contains(rule, Css, StringComparison.Ordinal);

    [Fact]
    public void Print_gives_an_a4_page_with_the_office_margins_and_no_desk()
    {
        var print = Css[Css.IndexOf("@media print", StringComparison.Ordinal)..];

        Assert.Contains("size: A4;", print, StringComparison.Ordinal);
        Assert.Contains("margin: 20mm 15mm 20mm 30mm;", print, StringComparison.Ordinal);
        Assert.Contains(".act { background: none; padding: 0; }", print, StringComparison.Ordinal);
        Assert.Contains("@top-center { content: counter(page);", print, StringComparison.Ordinal);
        Assert.Contains("@page :first { @top-center { content: none; } }", print, StringComparison.Ordinal);
    }

    public static TheoryData<string, Block> Spacing => new()
    {
        { ".act .act-sheet > h1", new Heading(1, []) },
        { ".act .act-sheet > h2", new Heading(2, []) },
        { ".act .act-sheet > h3", new Heading(3, []) },
        { ".act .act-addressee", new AddresseeBlock([]) },
        { ".act .act-approval", new ApprovalBlock([]) },
        { ".act .act-requisites", new RequisitesBlock([], []) },
        { ".act .act-signature", new SignatureBlock([], []) },
        { ".act .act-sheet > p.act-small", new Paragraph([], Small: true) },
        { ".act .act-sheet > p", new Paragraph([]) },
    };

    [Theory]
    [MemberData(nameof(Spacing))]
    public void Each_block_has_the_blank_lines_of_the_page_layout_around_it(string selector, Block block)
    {
        static string Points(double lines) =>
            (lines * PageLayout.FontSizePt * HtmlStylesheet.LineHeight).ToString("0.##", CultureInfo.InvariantCulture) + "pt";

        var rule = $"{selector} {{ padding-top: {Points(PageLayout.LinesBefore(block))}; padding-bottom: {Points(PageLayout.LinesAfter(block))}; }}";

        Assert.Contains(rule, Css, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_blank_lines_of_body_type_stand_before_the_signature() =>
        Assert.Contains(".act .act-signature { padding-top: 32.2pt; padding-bottom: 0pt; }", Css, StringComparison.Ordinal);

    [Theory]
    [InlineData("url(")]
    [InlineData("@import")]
    [InlineData("@font-face")]
    [InlineData("http")]
    [InlineData("expression(")]
    public void The_stylesheet_loads_nothing(string fragment) =>
        Assert.DoesNotContain(fragment, Css, StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void Every_rule_of_the_article_is_scoped_under_act()
    {
        var selectors = Css.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Contains('{', StringComparison.Ordinal) && !line.StartsWith('@'))
            .Select(line => line[..line.IndexOf('{', StringComparison.Ordinal)].Trim())
            .ToList();

        Assert.NotEmpty(selectors);
        Assert.All(selectors.SelectMany(TopLevelParts), part => Assert.StartsWith(".act", part, StringComparison.Ordinal));
    }

    // The selectors of a list, split at the commas outside parentheses: ".a, .b :is(p, li)" gives two.
    private static IEnumerable<string> TopLevelParts(string selectorList)
    {
        var depth = 0;
        var start = 0;
        for (var index = 0; index < selectorList.Length; index++)
        {
            switch (selectorList[index])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case ',' when depth == 0:
                    yield return selectorList[start..index].Trim();
                    start = index + 1;
                    break;
            }
        }

        yield return selectorList[start..].Trim();
    }
}
