using System.Text;
using Supervision.Acts;
using Supervision.Document;
using Supervision.Tests.Templates;
using UglyToad.PdfPig;

namespace Supervision.Tests.Rendering.Docx;

/// <summary>
/// The DOCX of every example act and court copy, as LibreOffice sets it (converted to PDF by LibreOffice
/// itself and read back with PdfPig): the executor line never stands alone on a page; it stands on the
/// page of the signature's name, and the end of the text before the signature is there too. Word keeps
/// these together by the same keep-with-next; LibreOffice is the stricter reader, so it is the one run.
/// </summary>
public sealed class LibreOfficeKeepTogetherTests(LibreOfficeConversion conversion) : IClassFixture<LibreOfficeConversion>
{
    /// <summary>Above this height (points from the bottom edge) only the page number stands: the top margin of 20 mm.</summary>
    private static readonly double FolioZone = (PageLayout.PageHeightMm - PageLayout.MarginTopMm) * 72 / 25.4;

    [Theory]
    [MemberData(nameof(GoldenTextTests.Cases), MemberType = typeof(GoldenTextTests))]
    public void LibreOfficeSetsTheExecutorLineOnThePageOfTheSignatureAndTheTextBeforeIt(string example, ActLanguage language, string variant)
    {
        Assert.SkipWhen(conversion.Missing is not null, conversion.Missing ?? string.Empty);
        var (document, pdf) = conversion.For(example, language, variant);
        Assert.True(File.Exists(pdf), $"LibreOffice made no PDF of {example} ({language}, {variant}):\n{conversion.Log}");
        var pages = PageTexts(pdf);

        var executor = Compact(language == ActLanguage.Kk ? "Орынд.:" : "Исп.:");
        for (var page = 0; page < pages.Count; page++)
        {
            Assert.False(pages[page].StartsWith(executor, StringComparison.Ordinal), $"page {page + 1} of {pages.Count} holds only the executor line");
        }

        var executorPage = pages.FindLastIndex(page => page.Contains(executor, StringComparison.Ordinal));
        Assert.True(executorPage >= 0, $"no page holds the executor line \"{executor}\"");
        var blocks = document.Blocks;
        var signature = blocks.Select((block, index) => (block, index)).Last(pair => pair.block is SignatureBlock);
        var signatureBlock = (SignatureBlock)signature.block;
        var name = Compact(PlainText.Of(signatureBlock.Name));
        Assert.True(pages[executorPage].Contains(name, StringComparison.Ordinal), $"the signature's name {name} is not on page {executorPage + 1}, the executor line's");
        foreach (var line in signatureBlock.PositionLines)
        {
            Assert.Contains(Compact(PlainText.Of(line)), pages[executorPage], StringComparison.Ordinal);
        }

        var before = Compact(PlainText.Of(document with { Blocks = [blocks[signature.index - 1]] }));
        var end = before[Math.Max(0, before.Length - 20)..];
        Assert.True(pages[executorPage].Contains(end, StringComparison.Ordinal), $"the end of the text before the signature, \"{end}\", is not on page {executorPage + 1}, the signature's");
    }

    /// <summary>Each page's text below the top margin, line by line from the top, without any white space.</summary>
    private static List<string> PageTexts(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(page => Compact(string.Concat(page.GetWords()
            .Where(word => word.BoundingBox.Bottom < FolioZone)
            .OrderByDescending(word => Math.Round(word.Letters[0].StartBaseLine.Y))
            .ThenBy(word => word.BoundingBox.Left)
            .Select(word => word.Text))))];
    }

    /// <summary>The text without white space (U+00A0 included), so that words compare whatever the reader made of spaces and line ends.</summary>
    private static string Compact(string text)
    {
        var compact = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                compact.Append(c);
            }
        }

        return compact.ToString();
    }
}
