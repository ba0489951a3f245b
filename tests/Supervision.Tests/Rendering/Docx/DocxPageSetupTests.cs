using DocumentFormat.OpenXml.Packaging;
using Supervision.Document;
using Supervision.Rendering.Docx;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Supervision.Tests.Rendering.Docx;

public sealed class DocxPageSetupTests
{
    private static readonly byte[] Kazakh = DocxRenderer.Render(SampleActs.KazakhConclusion());

    [Fact]
    public void ThePageIsA4PortraitWithThePageLayoutsMargins()
    {
        var section = DocxFile.Read(Kazakh, file => DocxFile.Body(file).GetFirstChild<W.SectionProperties>()!.CloneNode(true));

        // Twips are 1/1440 inch: 210 × 297 mm → 11906 × 16838; 30 mm → 1701, 15 mm → 850, 20 mm → 1134, 10 mm → 567.
        var size = section.GetFirstChild<W.PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        Assert.Null(size.Orient);
        var margin = section.GetFirstChild<W.PageMargin>()!;
        Assert.Equal((1134, 850u, 1134, 1701u, 567u), (margin.Top!.Value, margin.Right!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Header!.Value));
        Assert.Equal(PageLayout.MarginLeftMm, margin.Left.Value * 25.4 / 1440, precision: 1);
    }

    [Fact]
    public void PagesAreNumberedAtTheTopCentreFromPageTwoWithoutPunctuation()
    {
        var (titlePage, first, other) = DocxFile.Read(Kazakh, file =>
        {
            var section = DocxFile.Body(file).GetFirstChild<W.SectionProperties>()!;
            var header = (string type) => (HeaderPart)file.MainDocumentPart!.GetPartById(section
                .Elements<W.HeaderReference>()
                .Single(reference => reference.Type!.ToString() == type)
                .Id!.Value!);
            return (
                section.GetFirstChild<W.TitlePage>() is not null,
                header("first").Header!.CloneNode(true),
                header("default").Header!.CloneNode(true));
        });

        Assert.True(titlePage);
        Assert.Equal(string.Empty, first.InnerText);
        Assert.Empty(first.Descendants<W.FieldCode>());
        var code = Assert.Single(other.Descendants<W.FieldCode>());
        Assert.Equal("PAGE", code.Text.Trim());
        Assert.Equal(3, other.Descendants<W.FieldChar>().Count());
        var paragraph = Assert.Single(other.Elements<W.Paragraph>());
        Assert.Equal(W.JustificationValues.Center, paragraph.ParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal("2", string.Concat(other.Descendants<W.Text>().Select(text => text.Text)));
    }

    public static TheoryData<string> Languages() => ["kk-KZ", "ru-RU"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void TheTypeIsTimesNewRoman14InTheActsLanguage(string culture)
    {
        var document = SampleActs.KazakhConclusion() with { Info = SampleActs.KazakhConclusion().Info with { Culture = culture } };

        var (defaults, normal) = DocxFile.Read(DocxRenderer.Render(document), file =>
        {
            var styles = file.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
            return (
                styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.CloneNode(true),
                styles.Elements<W.Style>().Single(style => style.Default?.Value == true && style.Type!.Value == W.StyleValues.Paragraph).CloneNode(true));
        });

        var fonts = defaults.GetFirstChild<W.RunFonts>()!;
        Assert.Equal(["Times New Roman"], new[] { fonts.Ascii?.Value, fonts.HighAnsi?.Value, fonts.ComplexScript?.Value }.Distinct());
        Assert.Equal("28", defaults.GetFirstChild<W.FontSize>()!.Val!.Value);
        var language = defaults.GetFirstChild<W.Languages>()!;
        Assert.Equal(culture, language.Val!.Value);
        Assert.Null(language.EastAsia);
        Assert.Null(language.Bidi);
        Assert.Equal("Normal", ((W.Style)normal).StyleId!.Value);
        Assert.Equal("28", normal.Descendants<W.FontSize>().Single().Val!.Value);
        Assert.Equal("Times New Roman", normal.Descendants<W.RunFonts>().Single().Ascii!.Value);
    }

    [Fact]
    public void LinesAreSingleSpacedWithoutSpaceBetweenParagraphs()
    {
        var spacing = DocxFile.Read(Kazakh, file => file.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!
            .ParagraphPropertiesDefault!.Descendants<W.SpacingBetweenLines>().Single().CloneNode(true));

        var single = (W.SpacingBetweenLines)spacing;
        Assert.Equal(("0", "0", "240"), (single.Before!.Value, single.After!.Value, single.Line!.Value));
        Assert.Equal(W.LineSpacingRuleValues.Auto, single.LineRule!.Value);
    }

    [Fact]
    public void TheFilesPropertiesAreTheActsTitleSubjectAuthorLanguageAndDate()
    {
        var document = SampleActs.KazakhConclusion();

        var properties = DocxFile.Read(DocxRenderer.Render(document), file =>
        {
            var read = file.PackageProperties;
            return (read.Title, read.Subject, read.Creator, read.Language, Created: read.Created?.ToUniversalTime(), Modified: read.Modified?.ToUniversalTime());
        });

        Assert.Equal("Прокурордың қорытындысы № 2-11-25/1847", properties.Title);
        Assert.Equal(document.Info.Subject, properties.Subject);
        Assert.Equal("Астана қаласы Сарыарқа ауданының прокуратурасы", properties.Creator);
        Assert.Equal("kk-KZ", properties.Language);
        var midnight = new DateTime(2025, 6, 17, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal(midnight, properties.Created);
        Assert.Equal(midnight, properties.Modified);
    }
}
