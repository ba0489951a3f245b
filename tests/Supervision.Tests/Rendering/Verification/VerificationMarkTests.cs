using System.Text.RegularExpressions;
using QRCoder;
using Supervision.Acts;
using Supervision.Composition;
using Supervision.Document;
using Supervision.Generation;
using Supervision.Rendering.Qr;
using Supervision.Tests.Rendering.Docx;
using Supervision.Tests.Rendering.Html;
using UglyToad.PdfPig;

namespace Supervision.Tests.Rendering.Verification;

/// <summary>
/// The verification mark at the foot of an issued act's last page, read back with the tools a reader has: the
/// QR code of the PDF page and of the DOCX picture decoded by zbarimg, the HTML's SVG compared module by module
/// with QRCoder's matrix, the e-document sentence found by pdftotext, exactly as Law No. 370-II words it.
/// </summary>
public sealed class VerificationMarkTests
{
    private const string Token = "7K2M-9QXD-4HPA-VR3T-E8WN";
    private const string Url = "https://supervision.prokuror.kz/verify/" + Token;

    private const string KazakhLaw = "Осы құжат «Электрондық құжат және электрондық цифрлық қолтаңба туралы» 2003 жылғы 7 қаңтардағы № 370-II Қазақстан Республикасы Заңының 7-бабының 1-тармағына сәйкес қағаз тасығыштағы құжатпен бірдей";
    private const string RussianLaw = "Данный документ согласно пункту 1 статьи 7 Закона Республики Казахстан от 7 января 2003 года № 370-II «Об электронном документе и электронной цифровой подписи» равнозначен документу на бумажном носителе";

    private static readonly SignatureNote Signed = new("А.Б. Серікбаев", "аудан прокуроры", new DateTimeOffset(2025, 3, 12, 9, 30, 0, TimeSpan.Zero));

    public static TheoryData<string, ActLanguage> Examples() => ExampleActs.All();

    private static ActDocument Marked(string example, ActLanguage language, SignatureNote? signature = null)
    {
        var document = ActComposer.Default.Compose(ExampleActs.Load(example, language));
        return document with { Blocks = [.. document.Blocks, new VerificationMark(Url, Token) { Signature = signature }] };
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void EveryExampleWithTheMarkRendersValidDocumentsThatCarryTheTokenAndKeepTheirBytes(string example, ActLanguage language)
    {
        var document = Marked(example, language, Signed);

        var docx = ActGenerator.RenderDocument(document, OutputFormat.Docx);
        var html = System.Text.Encoding.UTF8.GetString(ActGenerator.RenderDocument(document, OutputFormat.Html));
        var pdf = ActGenerator.RenderDocument(document, OutputFormat.Pdf);

        Assert.Empty(DocxFile.ValidationErrors(docx));
        Assert.Contains(Token, DocxFile.Body(docx).InnerText, StringComparison.Ordinal);
        var parsed = ParsedHtml.Page(html);
        Assert.Empty(parsed.Errors);
        Assert.Contains(Token, parsed.Article.TextContent, StringComparison.Ordinal);
        Assert.Contains(Url, PlainText.Of(document), StringComparison.Ordinal);
        using (var read = PdfDocument.Open(pdf))
        {
            Assert.Contains(Token, read.GetPage(read.NumberOfPages).Text, StringComparison.Ordinal);
        }

        Assert.Equal(docx, ActGenerator.RenderDocument(Marked(example, language, Signed), OutputFormat.Docx));
        Assert.Equal(pdf, ActGenerator.RenderDocument(Marked(example, language, Signed), OutputFormat.Pdf));
        Assert.Equal(html, System.Text.Encoding.UTF8.GetString(ActGenerator.RenderDocument(Marked(example, language, Signed), OutputFormat.Html)));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void ZbarimgReadsTheAddressFromTheLastPageOfThePdfDrawnAt150Dpi(string example, ActLanguage language)
    {
        var pdf = ActGenerator.RenderDocument(Marked(example, language), OutputFormat.Pdf);

        Assert.Equal([Url], ExternalTools.CodesOnLastPage(pdf));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void TheMarkStandsOnTheBottomMarginOfTheLastPageWithTextOfTheActAboveIt(string example, ActLanguage language)
    {
        var plain = ActGenerator.RenderDocument(ActComposer.Default.Compose(ExampleActs.Load(example, language)), OutputFormat.Pdf);
        var pdf = ActGenerator.RenderDocument(Marked(example, language, Signed), OutputFormat.Pdf);

        using var read = PdfDocument.Open(pdf);
        using var before = PdfDocument.Open(plain);
        var last = read.GetPage(read.NumberOfPages);
        var words = last.GetWords().ToList();
        var code = words.First(word => word.Text == Token);
        var bottomMargin = PageLayoutPoints(PageLayout.MarginBottomMm);

        // The mark's last line ends on the bottom margin (its descenders below it), its first within 35 mm above it...
        Assert.InRange(words.Min(word => word.BoundingBox.Bottom), bottomMargin - 3, bottomMargin + 3);
        Assert.InRange(code.BoundingBox.Bottom, bottomMargin, bottomMargin + PageLayoutPoints(35));

        // ...and never alone: words of the act stand above the mark on the same page.
        Assert.Contains(words, word => word.BoundingBox.Bottom > bottomMargin + PageLayoutPoints(PageLayout.QrSideMm + 10));

        // The mark adds a page only where the last page had no room for it.
        Assert.InRange(read.NumberOfPages, before.NumberOfPages, before.NumberOfPages + 1);
    }

    [Theory]
    [InlineData(ActLanguage.Kk, KazakhLaw, "ЭЦҚ-мен қол қойған: А.Б. Серікбаев, аудан прокуроры, 12.03.2025 14:30 (Астана уақытымен)")]
    [InlineData(ActLanguage.Ru, RussianLaw, "Подписано ЭЦП: А.Б. Серікбаев, аудан прокуроры, 12.03.2025 14:30 (по времени Астаны)")]
    public void ASignedActCarriesTheLawsSentenceAndTheSignerInKazakhstanTime(ActLanguage language, string law, string signer)
    {
        var signed = Flat(ExternalTools.PdfText(ActGenerator.RenderDocument(Marked("order", language, Signed), OutputFormat.Pdf)));
        var unsigned = Flat(ExternalTools.PdfText(ActGenerator.RenderDocument(Marked("order", language), OutputFormat.Pdf)));

        Assert.Contains(Flat(law), signed, StringComparison.Ordinal);
        Assert.Contains(Flat(signer), signed, StringComparison.Ordinal);
        Assert.DoesNotContain("370-II", unsigned, StringComparison.Ordinal);
        Assert.Contains(Token, unsigned, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void ZbarimgReadsTheAddressFromTheDocxPicture(ActLanguage language)
    {
        var docx = ActGenerator.RenderDocument(Marked("order", language), OutputFormat.Docx);

        var picture = DocxFile.Entries(docx).Single(entry => entry.Name == "word/media/qr.png").Content;
        var file = Path.Combine(Path.GetTempPath(), $"supervision-qr-{Guid.NewGuid():N}.png");
        try
        {
            File.WriteAllBytes(file, picture);
            Assert.Equal(Url, ExternalTools.Run("zbarimg", "--raw", "-q", file).Trim());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void TheHtmlSvgDrawsExactlyQrCodersModules(ActLanguage language)
    {
        var html = ParsedHtml.Page(System.Text.Encoding.UTF8.GetString(ActGenerator.RenderDocument(Marked("order", language), OutputFormat.Html)));
        var svg = html.Article.QuerySelector("svg.act-verification-code")!;
        using var data = QRCodeGenerator.GenerateQrCode(Url, QRCodeGenerator.ECCLevel.M);
        var size = data.ModuleMatrix.Count;
        Assert.Equal($"0 0 {size} {size}", svg.GetAttribute("viewBox"));

        var drawn = new bool[size, size];
        foreach (Match box in Regex.Matches(svg.QuerySelector("path")!.GetAttribute("d")!, @"M(\d+) (\d+)h(\d+)v(\d+)h-\d+z"))
        {
            var (x, y, w, h) = (Number(box.Groups[1].Value), Number(box.Groups[2].Value), Number(box.Groups[3].Value), Number(box.Groups[4].Value));
            for (var row = y; row < y + h; row++)
            {
                for (var column = x; column < x + w; column++)
                {
                    Assert.False(drawn[row, column], $"module {column},{row} drawn twice");
                    drawn[row, column] = true;
                }
            }
        }

        for (var row = 0; row < size; row++)
        {
            for (var column = 0; column < size; column++)
            {
                Assert.True(data.ModuleMatrix[row][column] == drawn[row, column], $"module {column},{row}");
            }
        }

        // Four light modules on every side: the quiet zone a reader needs.
        Assert.All(Enumerable.Range(0, size), index => Assert.False(drawn[index, 3] || drawn[3, index] || drawn[index, size - 4] || drawn[size - 4, index]));
    }

    [Fact]
    public void TheKeptCodeDrawsTheSamePngAndModulesAsQrCoderLaysOutAnew()
    {
        // The code of an address is laid out once and kept for the act's other formats: the picture and the
        // modules drawn from the kept layout must be what QRCoder gives when asked afresh.
        using var fresh = QRCodeGenerator.GenerateQrCode(Url, QRCodeGenerator.ECCLevel.M);
        using var png = new PngByteQRCode(fresh);
        var expected = png.GetGraphic(6, drawQuietZones: true);
        var first = QrSymbol.Of(Url);
        Assert.Same(first, QrSymbol.Of(Url));
        Assert.Equal(expected, QrSymbol.Png(Url, 6));
        Assert.Equal(expected, QrSymbol.Png(Url, 6));
        Assert.Equal(fresh.ModuleMatrix.Count, first.Size);
        for (var row = 0; row < first.Size; row++)
        {
            for (var column = 0; column < first.Size; column++)
            {
                Assert.Equal(fresh.ModuleMatrix[row][column], first.IsDark(column, row));
            }
        }
    }

    [Fact]
    public void ActsWithoutAMarkRenderAsBefore()
    {
        var document = ActComposer.Default.Compose(ExampleActs.Load("order", ActLanguage.Kk));

        var docx = ActGenerator.RenderDocument(document, OutputFormat.Docx);

        Assert.DoesNotContain(DocxFile.Entries(docx), entry => entry.Name.StartsWith("word/media/", StringComparison.Ordinal));
        Assert.DoesNotContain("act-verification\"", System.Text.Encoding.UTF8.GetString(ActGenerator.RenderDocument(document, OutputFormat.Html)), StringComparison.Ordinal);
    }

    private static int Number(string digits) => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);

    private static double PageLayoutPoints(double millimetres) => millimetres * 72 / 25.4;

    /// <summary>Text with every run of white space as one space, so that line breaks in the PDF do not matter.</summary>
    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
