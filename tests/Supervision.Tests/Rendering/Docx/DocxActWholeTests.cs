using Supervision.Acts;
using Supervision.Composition;
using Supervision.Rendering.Docx;
using Supervision.Tests.Templates;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Supervision.Tests.Rendering.Docx;

/// <summary>
/// Every example act in both languages (and the court copies) as DOCX: Word keeps the text before the
/// signature, the signature row and the executor line on one page, and the no-break spaces of the
/// document model reach the file as U+00A0, which Word and LibreOffice never break at.
/// </summary>
public sealed class DocxActWholeTests
{
    private const char Nbsp = '\u00A0';

    [Theory]
    [MemberData(nameof(GoldenTextTests.Cases), MemberType = typeof(GoldenTextTests))]
    public void TheSignatureRowKeepsWithTheExecutorLineAndTheTextBeforeItWithTheSignature(string example, ActLanguage language, string variant)
    {
        var body = DocxFile.Body(DocxRenderer.Render(ActComposer.Default.Compose(ExampleActs.Load(example, language), variant)));
        var elements = body.ChildElements.ToList();
        var signature = elements.OfType<W.Table>().Single(table => table.GetFirstChild<W.TableProperties>()?.TableStyle is null);
        var at = elements.IndexOf(signature);

        Assert.NotNull(((W.Paragraph)elements[at - 1]).ParagraphProperties?.KeepNext);
        Assert.All(signature.Descendants<W.Paragraph>(), paragraph => Assert.NotNull(paragraph.ParagraphProperties?.KeepNext));
        Assert.NotNull(signature.Descendants<W.TableRow>().Single().TableRowProperties?.GetFirstChild<W.CantSplit>());
        var executor = Assert.IsType<W.Paragraph>(elements[at + 1]);
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
        var signatory = DocxText.Of(body.Descendants<W.Table>().Last().Descendants<W.TableCell>().Last().Elements<W.Paragraph>().Single());
        Assert.Matches($@"^\p{{Lu}}\.({Nbsp}?\p{{Lu}}\.)?{Nbsp}\p{{Lu}}", signatory);
    }
}
