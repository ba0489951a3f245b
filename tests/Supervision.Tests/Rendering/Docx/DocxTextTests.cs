using Supervision.Document;
using Supervision.Rendering.Docx;

namespace Supervision.Tests.Rendering.Docx;

public sealed class DocxTextTests
{
    [Theory]
    [MemberData(nameof(Samples.Names), MemberType = typeof(Samples))]
    public void TheTextReadBackIsThePlainTextLineByLine(string sample)
    {
        var document = Samples.All[sample]();

        var text = DocxText.Of(DocxRenderer.Render(document));

        Assert.Equal(PlainText.Of(document).Split('\n'), text.Split('\n'));
    }

    [Fact]
    public void MarkupOfEveryKindPrintsLiterally()
    {
        var document = SampleActs.HostileText();
        var docx = DocxRenderer.Render(document);

        var lines = DocxText.Of(docx).Split('\n');

        Assert.Contains(SampleActs.Hostile, lines);
        Assert.Contains(SampleActs.Hostile + "\t<place>", lines);
        Assert.Contains("1. " + SampleActs.Hostile, lines);
        Assert.Contains(SampleActs.Hostile + " | |", lines);
        Assert.Contains("<tr> | &nbsp;", lines);
        Assert.Contains("  leading and trailing spaces  ", lines);
        Assert.Equal(SampleActs.Hostile, DocxFile.Read(docx, file => file.PackageProperties.Title));
        Assert.Equal(SampleActs.Hostile, DocxFile.Read(docx, file => file.PackageProperties.Creator));
    }

    [Fact]
    public void TabsAndLineBreaksInsideATextRunBecomeWordTabsAndBreaks()
    {
        var document = Samples.Document([new Paragraph([new TextRun("a\tb\r\nc\rd\ne")])]);

        var text = DocxText.Of(DocxRenderer.Render(document));

        Assert.Equal("a\tb\nc\nd\ne\n", text);
    }

    [Fact]
    public void CharactersXmlCannotCarryAreDroppedAndLoneSurrogatesReplaced()
    {
        var document = Samples.Document([new Paragraph([new TextRun("e\u0001f\u001Fg\uFFFEh\uD800i\uDC00j😀k")])]);

        var docx = DocxRenderer.Render(document);

        Assert.Equal("efgh\uFFFDi\uFFFDj😀k\n", DocxText.Of(docx));
        Assert.Empty(DocxFile.ValidationErrors(docx));
    }

    [Fact]
    public void BoldAndItalicRunsKeepTheirStyle()
    {
        var document = Samples.Document([new Paragraph([new TextRun("жирный", Bold: true), new TextRun(" и "), new TextRun("курсив", Italic: true)])]);

        var runs = DocxFile.Read(DocxRenderer.Render(document), file => DocxFile.Body(file)
            .Descendants<DocumentFormat.OpenXml.Wordprocessing.Run>()
            .Select(run => (run.InnerText, Bold: run.RunProperties?.Bold is not null, Italic: run.RunProperties?.Italic is not null))
            .ToList());

        Assert.Equal([("жирный", true, false), (" и ", false, false), ("курсив", false, true)], runs);
    }
}
