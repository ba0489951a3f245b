using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;

namespace Supervision.Tests.Rendering.Html;

/// <summary>
/// The renderer's output read back by a real HTML5 parser (AngleSharp), as a browser would read it, with
/// every parse error the tokenizer or tree builder reports.
/// </summary>
internal sealed class ParsedHtml
{
    private ParsedHtml(IHtmlDocument document, IReadOnlyList<string> errors, IElement article)
    {
        Document = document;
        Errors = errors;
        Article = article;
    }

    public IHtmlDocument Document { get; }

    /// <summary>The parse errors, as "line:column message"; a clean output has none.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>The one <c>article.act</c>.</summary>
    public IElement Article { get; }

    /// <summary>The sheets of the article, in order.</summary>
    public IReadOnlyList<IElement> Sheets => [.. Article.Children];

    /// <summary>Every block of every sheet, in order.</summary>
    public IReadOnlyList<IElement> Blocks => [.. Article.Children.SelectMany(sheet => sheet.Children)];

    /// <summary>Parses a full page.</summary>
    public static ParsedHtml Page(string html)
    {
        var errors = new List<string>();
        var parser = Parser(errors);
        var document = parser.ParseDocument(html);
        return new ParsedHtml(document, errors, Single(document.QuerySelectorAll("article")));
    }

    /// <summary>Parses a fragment as the web app's preview pane would: inside a page's body.</summary>
    public static ParsedHtml Fragment(string html)
    {
        var errors = new List<string>();
        var host = Parser(errors).ParseDocument("<!DOCTYPE html><html lang=\"kk\"><head><title>Алдын ала қарау</title></head><body></body></html>");
        Assert.Empty(errors);
        var nodes = Parser(errors).ParseFragment(html, host.Body!);
        foreach (var node in nodes.ToArray())
        {
            host.Body!.AppendChild(node);
        }

        return new ParsedHtml(host, errors, Single(host.Body!.QuerySelectorAll("article")));
    }

    private static HtmlParser Parser(List<string> errors)
    {
        var parser = new HtmlParser();
        parser.Error += (_, error) =>
        {
            var parseError = (HtmlErrorEvent)error;
            errors.Add($"{parseError.Position.Line}:{parseError.Position.Column} {parseError.Message}");
        };
        return parser;
    }

    private static IElement Single(IHtmlCollection<IElement> articles)
    {
        Assert.Equal(1, articles.Length);
        return articles[0];
    }
}
