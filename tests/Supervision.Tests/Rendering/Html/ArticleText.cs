using System.Globalization;
using System.Text;
using AngleSharp.Dom;

namespace Supervision.Tests.Rendering.Html;

/// <summary>
/// The text a reader sees in the parsed article, block by block, written the way <c>PlainText</c> writes
/// the document: a line per paragraph, list items with their markers, table cells joined by " | ", the
/// requisites' two sides by a tab. Markers are read back from the list's own markup (its element and
/// start number), which is what the browser numbers from.
/// </summary>
internal static class ArticleText
{
    public static string Of(ParsedHtml html)
    {
        var text = new StringBuilder();
        foreach (var block in html.Blocks)
        {
            Append(text, block);
        }

        return text.ToString();
    }

    /// <summary>The text of an element: its text nodes, with <c>&lt;br&gt;</c> as a new line.</summary>
    public static string Inline(INode node)
    {
        var text = new StringBuilder();
        AppendInline(text, node);
        return text.ToString();
    }

    private static void Append(StringBuilder text, IElement block)
    {
        switch (block.LocalName)
        {
            case "p" or "h1" or "h2" or "h3":
                Line(text, block);
                break;
            case "ol":
                var number = int.Parse(block.GetAttribute("start") ?? "1", CultureInfo.InvariantCulture);
                foreach (var item in Items(block))
                {
                    text.Append(CultureInfo.InvariantCulture, $"{number++}. ");
                    Line(text, item);
                }

                break;
            case "ul":
                foreach (var item in Items(block))
                {
                    text.Append("– ");
                    Line(text, item);
                }

                break;
            case "table":
                foreach (var row in block.QuerySelectorAll("tr"))
                {
                    text.AppendJoin(" | ", row.Children.Select(Inline)).Append('\n');
                }

                break;
            case "div" when block.ClassList.Contains("act-requisites"):
                Assert.Equal(2, block.Children.Length);
                text.Append(Inline(block.Children[0])).Append('\t').Append(Inline(block.Children[1])).Append('\n');
                break;
            case "div" when block.ClassList.Contains("act-addressee") || block.ClassList.Contains("act-approval"):
                Lines(text, block);
                break;
            case "div" when block.ClassList.Contains("act-signature"):
                Assert.Equal(2, block.Children.Length);
                Lines(text, block.Children[0]);
                Line(text, block.Children[1]);
                break;
            default:
                Assert.Fail($"A block the renderer does not write: <{block.LocalName} class=\"{block.ClassName}\">");
                break;
        }
    }

    private static IEnumerable<IElement> Items(IElement list)
    {
        Assert.All(list.Children, item => Assert.Equal("li", item.LocalName));
        return list.Children;
    }

    private static void Lines(StringBuilder text, IElement block)
    {
        foreach (var line in block.Children)
        {
            Assert.Equal("p", line.LocalName);
            Line(text, line);
        }
    }

    private static void Line(StringBuilder text, IElement element) => text.Append(Inline(element)).Append('\n');

    private static void AppendInline(StringBuilder text, INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText run:
                    text.Append(run.Data);
                    break;
                case IElement { LocalName: "br" }:
                    text.Append('\n');
                    break;
                case IElement element:
                    AppendInline(text, element);
                    break;
            }
        }
    }
}
