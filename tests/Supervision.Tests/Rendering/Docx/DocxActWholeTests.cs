using Supervision.Acts;
using Supervision.Composition;
using Supervision.Rendering.Docx;
using Supervision.Tests.Templates;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Supervision.Tests.Rendering.Docx;

/// <summary>
/// Every example act in both languages (and the court copies) as DOCX: Word and LibreOffice keep the text
/// before the signature, the signature's paragraphs and the executor line on one page, and the no-break spaces of the
/// document model reach the file as U+00A0, which Word and LibreOffice never break at.
/// </summary>
public sealed class DocxActWholeTests
{
    private const char Nbsp = '\u00A0';

    [Theory]
    [MemberData(nameof(GoldenTextTests.Cases), MemberType = typeof(GoldenTextTests))]
    public void TheSignatureKeepsWithTheExecutorLineAndTheTextBeforeItWithTheSignature(string example, ActLanguage language, string variant)
    {
        var body = DocxFile.Body(DocxRenderer.Render(ActComposer.Default.Compose(ExampleActs.Load(example, language), variant)));
        var elements = body.ChildElements.ToList();
        var signature = SignatureParagraphs(body);
        var first = elements.IndexOf(signature[0]);
        var last = elements.IndexOf(signature[^1]);

        Assert.Equal(signature.Count - 1, last - first);
        Assert.NotNull(((W.Paragraph)elements[first - 1]).ParagraphProperties?.KeepNext);
        Assert.All(signature, paragraph => Assert.NotNull(paragraph.ParagraphProperties?.KeepNext));
        Assert.All(signature, paragraph => Assert.NotNull(paragraph.ParagraphProperties?.KeepLines));
        Assert.DoesNotContain(body.Elements<W.Table>(), table => table.GetFirstChild<W.TableProperties>()?.TableStyle is null);
        var executor = Assert.IsType<W.Paragraph>(elements[last + 1]);
        Assert.StartsWith(language == ActLanguage.Kk ? "Орынд.:" : "Исп.:", DocxText.Of(executor), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(GoldenTextTests.Cases), MemberType = typeof(GoldenTextTests))]
    public void TheNumberAndTheInitialsAreBoundByNoBreakSpacesInTheFile(string example, ActLanguage language, string variant)
    {
        var act = ExampleActs.Load(example, language);
        var body = DocxFile.Body(DocxRenderer.Render(ActComposer.Default.Compose(act, variant)));
        var texts = body.Descendants<W.Text>().Select(text => text.Text).ToList();

        Assert.Contains(texts, text => text.Contains($"№{Nbsp}{act.Number}", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, text => text.Contains("№ ", StringComparison.Ordinal));
        var signatory = DocxText.Of(SignatureParagraphs(body)[^1]).Split('\t')[^1];
        Assert.Matches($@"^\p{{Lu}}\.({Nbsp}?\p{{Lu}}\.)?{Nbsp}\p{{Lu}}", signatory);
    }

    /// <summary>The paragraphs of the act's signature, in order.</summary>
    private static List<W.Paragraph> SignatureParagraphs(W.Body body) =>
        [.. body.Elements<W.Paragraph>().Where(paragraph => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value == SignatureRenderer.StyleId)];
}
