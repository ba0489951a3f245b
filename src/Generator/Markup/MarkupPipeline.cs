using Markdig;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;

namespace Supervision.Markup;

/// <summary>
/// The act markup: CommonMark with pipe tables, ::: containers for the requisite blocks and {.class}
/// attributes; without raw HTML, code blocks, quotes, links or setext headings, which acts do not
/// have and which would otherwise turn a stray indent or symbol into structure.
/// </summary>
internal static class MarkupPipeline
{
    public static MarkdownPipeline Instance { get; } = Build();

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder()
            // The separator's dashes give the columns' widths: "|--------|---:|" makes the first column wider.
            .UsePipeTables(new Markdig.Extensions.Tables.PipeTableOptions { InferColumnWidthsFromSeparator = true })
            .UseCustomContainers()
            .DisableHtml();

        builder.BlockParsers.TryRemove<IndentedCodeBlockParser>();
        builder.BlockParsers.TryRemove<FencedCodeBlockParser>();
        builder.BlockParsers.TryRemove<QuoteBlockParser>();
        builder.BlockParsers.TryRemove<ThematicBreakParser>();
        builder.InlineParsers.TryRemove<CodeInlineParser>();
        builder.InlineParsers.TryRemove<LinkInlineParser>();
        builder.InlineParsers.TryRemove<AutolinkInlineParser>();
        if (builder.BlockParsers.Find<HeadingBlockParser>() is { } headings)
        {
            headings.MaxLeadingCount = 3;
        }

        // Generic attributes go last: they extend the parsers added before them.
        return builder.UseGenericAttributes().Build();
    }
}
