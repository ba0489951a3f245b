using Supervision.Acts;
using Supervision.Composition;
using Supervision.Document;
using Supervision.Generation;
using Supervision.Tests.Rendering.Docx;
using Supervision.Tests.Rendering.Html;
using Supervision.Templating;

namespace Supervision.Tests.Templates;

/// <summary>Every shipped example, in both languages and (for conclusions) both variants, as the files users get.</summary>
public sealed class ExampleDocumentsTests
{
    public static TheoryData<string, ActLanguage, string> Cases() => GoldenTextTests.Cases();

    private static (Act Act, ActDocument Document) Compose(string example, ActLanguage language, string variant)
    {
        var act = ExampleActs.Load(example, language);
        return (act, ActComposer.Default.Compose(act, variant));
    }

    private static byte[] Render(Act act, OutputFormat format, string variant)
    {
        var result = Assert.IsType<RenderResult.Document>(ActGenerator.Default.Render(act, format, variant));
        return result.Content;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheDocxPassesTheOpenXmlValidatorAndSaysWhatTheActSays(string example, ActLanguage language, string variant)
    {
        var (act, document) = Compose(example, language, variant);

        var docx = Render(act, OutputFormat.Docx, variant);

        Assert.Empty(DocxFile.ValidationErrors(docx));
        Assert.Equal(PlainText.Of(document), DocxText.Of(docx));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheHtmlParsesCleanlyAndSaysWhatTheActSays(string example, ActLanguage language, string variant)
    {
        var (act, document) = Compose(example, language, variant);

        var html = ParsedHtml.Page(System.Text.Encoding.UTF8.GetString(Render(act, OutputFormat.Html, variant)));

        Assert.Empty(html.Errors);
        Assert.Equal(PlainText.Of(document), ArticleText.Of(html));
        Assert.Equal(document.Info.Culture, html.Document.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ThePdfSaysWhatTheDocxSaysWordForWordWithEveryKazakhLetter(string example, ActLanguage language, string variant)
    {
        var act = ExampleActs.Load(example, language);

        var pdf = Render(act, OutputFormat.Pdf, variant);
        var docx = Render(act, OutputFormat.Docx, variant);

        using var reader = UglyToad.PdfPig.PdfDocument.Open(pdf);
        // Page numbers stand above the body; the reader may order neighbouring cells' lines its own way,
        // so the words are compared as a multiset. A word the typesetter broke after its hyphen at a
        // line end ("ата-" / "анасынан") is joined again.
        var pdfWords = new List<string>();
        foreach (var page in reader.GetPages())
        {
            var words = page.GetWords().Where(word => word.BoundingBox.Bottom < page.Height - (28.35 * 2)).ToList();
            for (var index = 0; index < words.Count; index++)
            {
                var text = words[index].Text;
                while (text.EndsWith('-') && index + 1 < words.Count && words[index + 1].BoundingBox.Bottom < words[index].BoundingBox.Bottom - 1)
                {
                    text += words[++index].Text;
                }

                pdfWords.Add(text);
            }
        }

        // DocxText joins a table's cells with " | "; the PDF draws rules there, not bars. The PDF repeats a
        // table's header row on each page the table goes on to, where Word repeats it only when it lays out:
        // those repeated header rows are taken out of the PDF's words before the two are compared.
        var docxWords = DocxText.Of(docx).Split((char[])[' ', '\n', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word != "|")
            .Order(StringComparer.Ordinal)
            .ToList();
        var headers = ActComposer.Default.Compose(act, variant).Blocks.OfType<Table>().Where(table => table.HasHeader)
            .Select(table => table.Rows[0].Cells.SelectMany(cell => PlainText.Of(cell.Inlines).Split((char[])[' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)).ToList());
        foreach (var header in headers)
        {
            while (Contains(pdfWords, header, out var remaining) && Contains(remaining, header, out _) && Count(remaining, header) >= Count(docxWords, header))
            {
                pdfWords = remaining;
            }
        }

        Assert.Equal(docxWords, pdfWords.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheSameActRenderedTwiceGivesTheSameBytes(string example, ActLanguage language, string variant)
    {
        var act = ExampleActs.Load(example, language);

        Assert.Equal(Render(act, OutputFormat.Docx, variant), Render(act, OutputFormat.Docx, variant));
        Assert.Equal(Render(act, OutputFormat.Html, variant), Render(act, OutputFormat.Html, variant));
        Assert.Equal(Render(act, OutputFormat.Pdf, variant), Render(act, OutputFormat.Pdf, variant));
    }

    [Fact]
    public void TheFileNameIsBuiltFromKindNumberAndDate()
    {
        var act = ExampleActs.Load<Order>(ActLanguage.Kk);

        var result = Assert.IsType<RenderResult.Document>(ActGenerator.Default.Render(act, OutputFormat.Docx));

        Assert.Equal("order-2-20-25-2947-2025-09-23.docx", result.FileName);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", result.ContentType);
    }

    [Fact]
    public void TheCourtCopyOfAConclusionLeavesOutTheApprovalAndTheDescriptiveSections()
    {
        var (_, full) = Compose("conclusion", ActLanguage.Ru, TemplateRenderer.FullVariant);
        var (_, copy) = Compose("conclusion", ActLanguage.Ru, TemplateRenderer.CourtCopyVariant);

        Assert.Contains(full.Blocks, block => block is ApprovalBlock);
        Assert.DoesNotContain(copy.Blocks, block => block is ApprovalBlock);
        Assert.Contains("Мотивировочная часть", PlainText.Of(copy), StringComparison.Ordinal);
        Assert.Contains("Резолютивная часть", PlainText.Of(copy), StringComparison.Ordinal);
        Assert.True(PlainText.Of(copy).Length < PlainText.Of(full).Length);
    }

    /// <summary>Whether <paramref name="words"/> hold every word of <paramref name="header"/> (as often as it has
    /// them), and the words left when they are taken out once.</summary>
    private static bool Contains(List<string> words, List<string> header, out List<string> remaining)
    {
        remaining = [.. words];
        foreach (var word in header)
        {
            if (!remaining.Remove(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many whole copies of <paramref name="header"/> the words hold.</summary>
    private static int Count(List<string> words, List<string> header)
    {
        var copies = 0;
        while (Contains(words, header, out var remaining))
        {
            (words, copies) = (remaining, copies + 1);
        }

        return copies;
    }
}
