using Supervision.Markup;

namespace Supervision.Tests.Markup;

/// <summary>Markup nested deeper than acts are is refused with its line, before Markdig stops at its own limit
/// (an exception naming no line, reached in time growing with the square of the depth).</summary>
public sealed class MarkupNestingTests
{
    [Fact]
    public void AThousandListMarkersOnOneLineAreRefusedWithTheLine()
    {
        var exception = Assert.Throws<MarkupException>(() => MarkupReader.Read("Кіріспе.\n\n" + string.Concat(Enumerable.Repeat("- ", 1000)) + "x"));

        Assert.Equal(3, exception.Line);
        Assert.Contains("nested 1000 deep", exception.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ListsNestedByIndentationAreRefusedAtTheFirstLineTooDeep()
    {
        var markup = string.Join('\n', Enumerable.Range(0, 1000).Select(depth => new string(' ', 2 * depth) + "- тармақ"));

        var exception = Assert.Throws<MarkupException>(() => MarkupReader.Read(markup));

        Assert.Equal(MarkupNesting.MaxListDepth + 1, exception.Line);
    }

    [Fact]
    public void NestedBlocksAreRefusedAtTheBlockThatGoesTooDeep()
    {
        var opening = string.Concat(Enumerable.Range(0, 20).Select(depth => new string(':', 30 - depth) + " requisites\n"));

        var exception = Assert.Throws<MarkupException>(() => MarkupReader.Read(opening + "x\n"));

        Assert.Equal(MarkupNesting.MaxContainerDepth + 1, exception.Line);
        Assert.Contains("::: blocks are nested", exception.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AFlatListAndNumberedDemandsStillRead()
    {
        var blocks = MarkupReader.Read("- бірінші\n- екінші\n\n1. талап\n2. талап");

        Assert.Equal(2, blocks.Count);
    }
}
