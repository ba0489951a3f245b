using Supervision.Acts;
using Supervision.Composition;
using Supervision.Rendering.Docx;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Supervision.Tests.Rendering.Docx;

/// <summary>The layout findings of the review, read back from the DOCX of the example acts.</summary>
public sealed class DocxFindingsTests
{
    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void TheAddresseeIsBoldAndItsAddressRegular(ActLanguage language)
    {
        var act = ExampleActs.Load<Protest>(language);
        var paragraphs = Body(act).Elements<W.Paragraph>().ToList();

        var name = paragraphs.Single(paragraph => DocxText.Of(paragraph) == act.Addressee!.Name!.Replace(' ', '\u00A0'));
        var address = paragraphs.Single(paragraph => DocxText.Of(paragraph).Replace('\u00A0', ' ') == act.Addressee!.Address);

        Assert.All(name.Elements<W.Run>(), run => Assert.NotNull(run.RunProperties?.Bold));
        Assert.All(address.Elements<W.Run>(), run => Assert.Null(run.RunProperties?.Bold));
    }

    [Theory]
    [InlineData("higher-protest-proposal", ActLanguage.Kk, "Қосымша:")]
    [InlineData("higher-protest-proposal", ActLanguage.Ru, "Приложение:")]
    public void TheAttachmentsStandAfterABlankLine(string example, ActLanguage language, string opening)
    {
        var paragraphs = Body(ExampleActs.Load(example, language)).Elements<W.Paragraph>();

        var attachments = paragraphs.Single(paragraph => DocxText.Of(paragraph).StartsWith(opening, StringComparison.Ordinal));

        Assert.Equal("322", attachments.ParagraphProperties!.SpacingBetweenLines!.Before!.Value);
    }

    private static W.Body Body(Act act) => DocxFile.Body(DocxRenderer.Render(ActComposer.Default.Compose(act)));
}
