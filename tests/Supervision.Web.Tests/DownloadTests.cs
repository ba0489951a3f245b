using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace Supervision.Web.Tests;

/// <summary>The form's downloads, read back with each format's own reader.</summary>
public sealed partial class DownloadTests(WebApp app)
{
    [Theory]
    [InlineData("ru", "ПИСЬМЕННОЕ УКАЗАНИЕ", ActFormPage.ValidRu)]
    [InlineData("kk", "ЖАЗБАША НҰСҚАУ", ActFormPage.ValidKk)]
    public async Task The_PDF_downloaded_from_the_form_holds_the_act(string language, string title, string valid)
    {
        await using var session = await BrowserSession.OpenAsync(app, "/", ui: language);
        var form = new ActFormPage(session.Page);
        await form.ChooseAsync("instruction", language);
        await form.StartFromExampleAsync(valid);

        var download = await session.Page.RunAndWaitForDownloadAsync(() => session.Page.Locator("#pdf").ClickAsync());
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken);

        Assert.Matches(FileName("pdf"), download.SuggestedFilename);
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
        using var pdf = PdfDocument.Open(bytes);
        var letters = Squeeze(string.Concat(pdf.GetPages().SelectMany(page => page.Letters).Select(letter => letter.Value)));
        Assert.Contains(Squeeze(title), letters, StringComparison.Ordinal);
        Assert.Contains("2-11-25/4186", letters, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", "ПИСЬМЕННОЕ УКАЗАНИЕ", ActFormPage.ValidRu)]
    [InlineData("kk", "ЖАЗБАША НҰСҚАУ", ActFormPage.ValidKk)]
    public async Task The_DOCX_downloaded_from_the_form_opens_and_holds_the_act(string language, string title, string valid)
    {
        await using var session = await BrowserSession.OpenAsync(app, "/", ui: language);
        var form = new ActFormPage(session.Page);
        await form.ChooseAsync("instruction", language);
        await form.StartFromExampleAsync(valid);
        await form.FillAsync(language == "ru" ? "Место составления" : "Жасалған орны", language == "ru" ? "г. Косшы" : "Қосшы қ.");
        await Assertions.Expect(form.Status).ToHaveTextAsync(valid);

        var download = await session.Page.RunAndWaitForDownloadAsync(() => session.Page.Locator("#docx").ClickAsync());
        var path = await download.PathAsync();

        Assert.Matches(FileName("docx"), download.SuggestedFilename);
        using var document = WordprocessingDocument.Open(path, isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken));
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains(title, text, StringComparison.Ordinal);
        // The place as typed, with the no-break space the typesetting binds after "г." and before "қ.".
        Assert.Contains(language == "ru" ? "г.\u00A0Косшы" : "Қосшы\u00A0қ.", text, StringComparison.Ordinal);
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    // The name the service gives: kind, number and date, "instruction-2-11-25-4186-2025-10-14.pdf".
    private static Regex FileName(string extension) => new($"^instruction-2-11-25-4186-2025-10-14\\.{extension}$");
}
