using System.Text.RegularExpressions;
using Supervision.Document;
using Supervision.Rendering.Pdf.Layout;
using UglyToad.PdfPig;

namespace Supervision.Tests.Rendering.Pdf;

/// <summary>The rendered acts read back with a real PDF reader (PdfPig): text, page numbers, properties, fonts, page size.</summary>
public sealed partial class ReadBackTests
{
    private static readonly PageGeometry Geometry = PageGeometry.Official;

    /// <summary>Above this height (from the bottom edge) only the page number is drawn: the top margin.</summary>
    private static readonly double FolioZone = Geometry.PageHeight - Geometry.Top;

    public static TheoryData<string> Acts() => ["kk", "ru"];

    [Theory]
    [MemberData(nameof(Acts))]
    public void TheTextReadsBackAsTheActsTextWithEveryLetterIntact(string language)
    {
        var (document, bytes) = RenderedActs.For(language);
        using var pdf = PdfDocument.Open(bytes);
        var expected = Squeeze(PlainText.Of(document).Replace(" | ", string.Empty, StringComparison.Ordinal));

        // Letters come in the order they are drawn: line by line, a table row cell by cell, as the plain text has them.
        var letters = pdf.GetPages().SelectMany(page => page.Letters.Where(letter => letter.StartBaseLine.Y < FolioZone)).Select(letter => letter.Value);
        Assert.Equal(expected, Squeeze(string.Concat(letters)));

        // Words as the reader finds them (it orders the lines of neighbouring table cells its own way): each is the act's.
        var words = pdf.GetPages().SelectMany(page => page.GetWords().Where(word => word.BoundingBox.Bottom < FolioZone)).Select(word => Squeeze(word.Text)).ToList();
        Assert.True(words.Count > 100);
        Assert.All(words, word => Assert.Contains(word, expected, StringComparison.Ordinal));
        Assert.Equal(expected.Length, words.Sum(word => word.Length));
    }

    [Fact]
    public void EveryKazakhLetterOfTheActIsInThePdf()
    {
        using var pdf = PdfDocument.Open(RenderedActs.Kazakh);
        var read = string.Concat(pdf.GetPages().SelectMany(page => page.Letters).Select(letter => letter.Value));
        var written = PlainText.Of(SampleActs.KazakhInstruction());
        foreach (var letter in "ӘәҒғҚқҢңӨөҰұҮүІі")
        {
            Assert.Equal(written.Count(c => c == letter), read.Count(c => c == letter));
        }

        Assert.Contains("Тұрсынбаевқа", read, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Acts))]
    public void TheFirstPageHasNoNumberAndTheSecondHasTwoAtTheTopCentre(string language)
    {
        using var pdf = PdfDocument.Open(RenderedActs.For(language).Pdf);
        Assert.True(pdf.NumberOfPages >= 2);
        Assert.DoesNotContain(pdf.GetPage(1).GetWords(), word => word.BoundingBox.Bottom >= FolioZone);

        var folio = Assert.Single(pdf.GetPage(2).GetWords(), word => word.BoundingBox.Bottom >= FolioZone);
        Assert.Equal("2", folio.Text);
        Assert.Equal(Geometry.Left + (Geometry.TextWidth / 2), folio.BoundingBox.Centroid.X, 0);
        var baselineFromTop = Geometry.PageHeight - folio.Letters[0].StartBaseLine.Y;
        Assert.InRange(baselineFromTop, Geometry.FolioTop, Geometry.Top);
    }

    [Fact]
    public void JustifiedLinesEndAtTheRightMarginInTheReader()
    {
        using var pdf = PdfDocument.Open(RenderedActs.Kazakh);
        var page = pdf.GetPage(2);
        var lineEnds = page.Letters
            .Where(letter => !string.IsNullOrWhiteSpace(letter.Value) && letter.StartBaseLine.Y < FolioZone)
            .GroupBy(letter => Math.Round(letter.StartBaseLine.Y, 1))
            .Select(line => line.Max(letter => letter.EndBaseLine.X))
            .ToList();
        Assert.All(lineEnds, end => Assert.True(end <= Geometry.Right + 0.05, $"a line ends at {end}, past the margin {Geometry.Right}"));
        Assert.True(lineEnds.Count(end => Math.Abs(end - Geometry.Right) < 0.05) >= 10, "justified lines reach the right margin");
    }

    [Theory]
    [InlineData("kk", "kk-KZ")]
    [InlineData("ru", "ru-RU")]
    public void TheDocumentPropertiesComeFromTheAct(string language, string culture)
    {
        var (document, bytes) = RenderedActs.For(language);
        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal(document.Info.Title, pdf.Information.Title);
        Assert.Equal(document.Info.Author, pdf.Information.Author);
        Assert.Equal(document.Info.Subject, pdf.Information.Subject);
        var date = document.Info.Date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"D:{date}000000+00'00'", pdf.Information.CreationDate);
        Assert.Equal($"D:{date}000000+00'00'", pdf.Information.ModifiedDate);
        Assert.Contains($"/Lang({culture})", System.Text.Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Acts))]
    public void FontsAreEmbeddedSubsets(string language)
    {
        var bytes = RenderedActs.For(language).Pdf;
        using var pdf = PdfDocument.Open(bytes);
        var fonts = pdf.GetPages().SelectMany(page => page.Letters).Select(letter => letter.FontName).Distinct().ToList();
        Assert.InRange(fonts.Count, 2, 4);
        Assert.All(fonts, font => Assert.Matches(SubsetName(), font));
        var file = System.Text.Encoding.Latin1.GetString(bytes);
        Assert.Equal(fonts.Count, Regex.Count(file, "/FontFile2 "));
    }

    [Theory]
    [MemberData(nameof(Acts))]
    public void EveryPageIsA4(string language)
    {
        using var pdf = PdfDocument.Open(RenderedActs.For(language).Pdf);
        Assert.All(pdf.GetPages(), page =>
        {
            Assert.Equal(595.276, page.Width, 2);
            Assert.Equal(841.89, page.Height, 2);
            Assert.Equal(UglyToad.PdfPig.Content.PageSize.A4, page.Size);
        });
    }

    [Fact]
    public void ThePageBreakStartsTheConclusionsFindingsOnANewPage()
    {
        using var pdf = PdfDocument.Open(RenderedActs.Russian);
        var words = pdf.GetPage(2).GetWords().Where(word => word.BoundingBox.Bottom < FolioZone).Select(word => word.Text).Take(3);
        Assert.Equal(["4.", "Выводы", "прокурора"], words);
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [GeneratedRegex("^[A-Z]{6}\\+")]
    private static partial Regex SubsetName();
}
