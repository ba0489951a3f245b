using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Supervision.Rendering.Docx;

namespace Supervision.Tests.Rendering.Docx;

public sealed class DocxValidityTests
{
    [Theory]
    [MemberData(nameof(Samples.Names), MemberType = typeof(Samples))]
    public void TheOpenXmlValidatorFindsNoError(string sample)
    {
        var docx = DocxRenderer.Render(Samples.All[sample]());

        Assert.Empty(DocxFile.ValidationErrors(docx));
    }

    [Theory]
    [MemberData(nameof(Samples.Names), MemberType = typeof(Samples))]
    public void TheValidatorOfTheLatestWordFindsNoErrorEither(string sample)
    {
        var docx = DocxRenderer.Render(Samples.All[sample]());

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document, TestContext.Current.CancellationToken);

        Assert.Empty(errors.Select(error => $"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}"));
    }

    [Fact]
    public void TheFileNeedsNoOtherPart()
    {
        var names = DocxFile.Entries(DocxRenderer.Render(SampleActs.KazakhConclusion())).Select(entry => entry.Name);

        Assert.Equal(
            [
                "[Content_Types].xml",
                "_rels/.rels",
                "word/document.xml",
                "word/_rels/document.xml.rels",
                "word/styles.xml",
                "word/settings.xml",
                "word/header1.xml",
                "word/header2.xml",
                "docProps/core.xml",
            ],
            names);
    }
}
