using System.Text;
using System.Text.RegularExpressions;
using Supervision.Rendering.Pdf;

namespace Supervision.Tests.Rendering.Pdf;

/// <summary>The same act gives the same bytes: no clock, no random subset tags, no random ids.</summary>
public sealed partial class DeterminismTests
{
    [Fact]
    public void RenderingTheSameActTwiceGivesTheSameBytes()
    {
        Assert.Equal(PdfRenderer.Render(SampleActs.KazakhInstruction()), PdfRenderer.Render(SampleActs.KazakhInstruction()));
        Assert.Equal(PdfRenderer.Render(SampleActs.RussianConclusion()), PdfRenderer.Render(SampleActs.RussianConclusion()));
    }

    [Fact]
    public async Task RenderingOnManyThreadsAtOnceGivesTheSameBytes()
    {
        var expected = RenderedActs.Kazakh;
        var rendered = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => PdfRenderer.Render(SampleActs.KazakhInstruction()), TestContext.Current.CancellationToken)));
        Assert.All(rendered, bytes => Assert.Equal(expected, bytes));
    }

    [Fact]
    public void TheFileIdIsAHashOfTheContentAndDiffersBetweenActs()
    {
        var kazakh = TrailerId().Match(Encoding.Latin1.GetString(RenderedActs.Kazakh));
        var russian = TrailerId().Match(Encoding.Latin1.GetString(RenderedActs.Russian));
        Assert.True(kazakh.Success && russian.Success);
        Assert.Equal(kazakh.Groups[1].Value, kazakh.Groups[2].Value);
        Assert.NotEqual(new string('0', 32), kazakh.Groups[1].Value);
        Assert.NotEqual(kazakh.Groups[1].Value, russian.Groups[1].Value);
    }

    [Fact]
    public void SubsetTagsAndXmpIdsAreDerivedNotBlank()
    {
        var file = Encoding.Latin1.GetString(RenderedActs.Kazakh);
        var tags = SubsetTag().Matches(file).Select(match => match.Groups[1].Value).Distinct().ToList();
        Assert.True(tags.Count >= 2);
        Assert.DoesNotContain("AAAAAA", tags);
        Assert.DoesNotContain(Guid.Empty.ToString("D"), file, StringComparison.Ordinal);
        Assert.Matches("<xmpMM:DocumentID>uuid:[0-9a-f-]{36}</xmpMM:DocumentID>", file);
    }

    [GeneratedRegex("/ID\\[<([0-9A-F]{32})><([0-9A-F]{32})>\\]")]
    private static partial Regex TrailerId();

    [GeneratedRegex("/BaseFont/([A-Z]{6})\\+")]
    private static partial Regex SubsetTag();
}
