using Supervision.Document;
using Supervision.Rendering.Html;

namespace Supervision.Tests.Rendering.Html;

/// <summary>The layout findings of the review as the HTML preview and its print stylesheet carry them.</summary>
public sealed class FindingsMarkupTests
{
    [Fact]
    public void TheAddressUnderTheAddresseeIsMarkedRegularWeight()
    {
        var block = Single(new AddresseeBlock([[new TextRun("Частному судебному исполнителю")], [new TextRun("Серікбаевой Д.Ә.")]])
        {
            AddressLines = [[new TextRun("г. Есик, ул. Абая, 52")]],
        });

        Assert.Equal([string.Empty, string.Empty, "act-address"], block.Children.Select(line => line.ClassName ?? string.Empty));
        Assert.Contains(".act .act-addressee > .act-address { font-weight: normal; }", HtmlRenderer.Stylesheet, StringComparison.Ordinal);
    }

    [Fact]
    public void AParagraphWithABlankLineBeforeItSaysSoAndTheSheetGivesItTheLine()
    {
        var block = Single(new Paragraph([new TextRun("Қосымша: 12 парақта.")], FirstLineIndent: false, BlankLineBefore: true));

        Assert.Equal(["act-no-indent", "act-gap"], block.ClassList);
        Assert.Contains(".act .act-sheet > p.act-gap { padding-top: 16.1pt;", HtmlRenderer.Stylesheet, StringComparison.Ordinal);
    }

    [Fact]
    public void OnPaperTheSignatureKeepsWithTheBlockAfterIt() =>
        Assert.Matches(@"\.act \.act-signature \{[^}]*break-after: avoid;", HtmlRenderer.Stylesheet);

    private static AngleSharp.Dom.IElement Single(Block block)
    {
        var act = SampleActs.KazakhConclusion with { Blocks = [block] };
        var html = ParsedHtml.Fragment(HtmlRenderer.Render(act, new HtmlOptions(FullPage: false)));
        Assert.Empty(html.Errors);
        return Assert.Single(html.Blocks);
    }
}
