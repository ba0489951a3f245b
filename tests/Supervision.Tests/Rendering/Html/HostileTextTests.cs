using AngleSharp.Dom;
using Supervision.Document;
using Supervision.Rendering.Html;

namespace Supervision.Tests.Rendering.Html;

/// <summary>
/// Whatever a field of an act holds (a pasted fragment of a web page, a template's own syntax, quotes)
/// prints as text: it never becomes an element, an attribute or a script.
/// </summary>
public sealed class HostileTextTests
{
    private static readonly string[] Hostile =
    [
        "<b>жуан</b>",
        "A & B &amp; &#x41; &lt;",
        "\"тырнақша\" 'апостроф' `кері`",
        "{{ 7*7 }} {% raw %} ${7*7}",
        "<script>alert(1)</script>",
        "</p></div></article><img src=x onerror=alert(1)>",
        "<!-- түсініктеме --> <![CDATA[ x ]]>",
        "<style>body { display: none }</style>",
        "<a href=\"https://example.invalid/\">сілтеме</a>",
    ];

    public static TheoryData<string> Acts => HtmlTextTests.Acts;

    [Theory]
    [MemberData(nameof(Acts))]
    public void Hostile_text_in_every_block_prints_literally(string language)
    {
        var act = Poison(HtmlTextTests.Act(language));

        var html = ParsedHtml.Page(HtmlRenderer.Render(act));

        Assert.Equal(PlainText.Of(act).Split('\n'), ArticleText.Of(html).Split('\n'));
        Assert.Empty(html.Errors);
    }

    [Theory]
    [MemberData(nameof(Acts))]
    public void Hostile_text_creates_not_one_element_or_attribute(string language)
    {
        var act = HtmlTextTests.Act(language);

        var clean = ParsedHtml.Page(HtmlRenderer.Render(act));
        var poisoned = ParsedHtml.Page(HtmlRenderer.Render(Poison(act)));

        Assert.Equal(Shape(clean.Document.DocumentElement), Shape(poisoned.Document.DocumentElement));
        Assert.Empty(poisoned.Document.QuerySelectorAll("script, img, a, b, iframe, object"));
        Assert.Single(poisoned.Document.QuerySelectorAll("style"));
    }

    [Fact]
    public void Hostile_document_properties_stay_inside_their_attributes_and_title()
    {
        var info = new DocumentInfo(
            "</title><script>alert(1)</script> & «{{ 7*7 }}»",
            "\" onload=\"alert(1)",
            "'><b>",
            "kk-KZ\" onmouseover=\"alert(1)",
            new DateOnly(2025, 10, 14));
        var act = new ActDocument(info, [new Paragraph([new TextRun("Мәтін.")])]);

        var html = ParsedHtml.Page(HtmlRenderer.Render(act));

        Assert.Empty(html.Errors);
        Assert.Equal(info.Title, html.Document.Title);
        Assert.Equal(info.Culture, html.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(info.Culture, html.Article.GetAttribute("lang"));
        Assert.Equal(info.Subject, html.Document.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal(info.Author, html.Document.QuerySelector("meta[name=author]")!.GetAttribute("content"));
        Assert.Single(html.Document.DocumentElement.Attributes);
        Assert.Empty(html.Document.QuerySelectorAll("script, b"));
    }

    [Fact]
    public void The_encoded_source_holds_no_markup_from_the_text()
    {
        var source = HtmlRenderer.Render(Poison(SampleActs.KazakhConclusion), new HtmlOptions(FullPage: false));

        Assert.DoesNotContain("<b>", source, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", source, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", source, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--", source, StringComparison.Ordinal);
        Assert.Contains("{{ 7*7 }}", source, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;жуан&lt;/b&gt;", source, StringComparison.Ordinal);
    }

    /// <summary>The tag names and attributes of every element, in document order.</summary>
    private static string[] Shape(IElement root) =>
        [.. root.QuerySelectorAll("*").Select(element =>
            element.LocalName + string.Concat(element.Attributes
                .Where(attribute => element.LocalName != "meta" || attribute.Name != "content")
                .Select(attribute => $" {attribute.Name}={attribute.Value}")))];

    /// <summary>The act with a hostile string put before every text of every block.</summary>
    private static ActDocument Poison(ActDocument act)
    {
        var next = 0;
        string Text(string text) => Hostile[next++ % Hostile.Length] + text;
        IReadOnlyList<Inline> Inlines(IReadOnlyList<Inline> inlines) =>
            [.. inlines.Select(inline => inline is TextRun run ? run with { Text = Text(run.Text) } : inline)];
        IReadOnlyList<IReadOnlyList<Inline>> Lines(IReadOnlyList<IReadOnlyList<Inline>> lines) => [.. lines.Select(Inlines)];

        Block PoisonBlock(Block block) => block switch
        {
            Paragraph paragraph => paragraph with { Inlines = Inlines(paragraph.Inlines) },
            Heading heading => heading with { Inlines = Inlines(heading.Inlines) },
            ListBlock list => list with { Items = Lines(list.Items) },
            Table table => table with
            {
                Rows = [.. table.Rows.Select(row => new TableRow([.. row.Cells.Select(cell => cell with { Inlines = Inlines(cell.Inlines) })]))],
            },
            RequisitesBlock requisites => new RequisitesBlock(Inlines(requisites.Left), Inlines(requisites.Right)),
            AddresseeBlock addressee => new AddresseeBlock(Lines(addressee.Lines)),
            ApprovalBlock approval => new ApprovalBlock(Lines(approval.Lines)),
            SignatureBlock signature => new SignatureBlock(Lines(signature.PositionLines), Inlines(signature.Name)),
            _ => block,
        };

        return act with { Blocks = [.. act.Blocks.Select(PoisonBlock)] };
    }
}
