using Supervision.Acts;
using Supervision.Composition;
using Supervision.Document;
using Supervision.Rendering.Pdf;
using Supervision.Rendering.Pdf.Fonts;
using Supervision.Rendering.Pdf.Layout;
using Supervision.Tests.Templates;
using Supervision.Vocabulary;

namespace Supervision.Tests.Rendering.Pdf;

/// <summary>
/// The signature's columns, measured in the PDF's own font at 14 pt rather than guessed: every class rank
/// of both languages stands on one line in the position column, a long initial and surname fits the name
/// column, and in every example no position line ends with a word alone on its last line.
/// </summary>
public sealed class SignatureColumnTests
{
    private static readonly PageGeometry Page = PageGeometry.Official;

    private static double PositionWidth => Page.TextWidth * PageLayout.SignatureNameStart;

    private static double NameWidth => Page.TextWidth * (1 - PageLayout.SignatureNameStart);

    public static TheoryData<ActLanguage, ClassRank> Ranks()
    {
        var data = new TheoryData<ActLanguage, ClassRank>();
        foreach (var language in Enum.GetValues<ActLanguage>())
        {
            foreach (var rank in Enum.GetValues<ClassRank>())
            {
                data.Add(language, rank);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Ranks))]
    public void EveryClassRankStandsOnOneLineOfThePositionColumn(ActLanguage language, ClassRank rank)
    {
        var text = ActVocabulary.For(language).ClassRank(rank);

        var width = PdfRenderer.Metrics.Measure(text, FontFace.Regular, Page.BodySize);

        Assert.True(width <= PositionWidth, $"\"{text}\" is {width:0.0} pt wide, the position column {PositionWidth:0.0} pt");
    }

    [Theory]
    [InlineData("А. Б. Әбдірахманова")]
    [InlineData("Н. Қ. Мұхаметжанова")]
    public void ALongInitialAndSurnameFitsTheNameColumn(string name)
    {
        var width = PdfRenderer.Metrics.Measure(name, FontFace.Regular, Page.BodySize);

        Assert.True(width <= NameWidth, $"\"{name}\" is {width:0.0} pt wide, the name column {NameWidth:0.0} pt");
    }

    [Theory]
    [MemberData(nameof(GoldenTextTests.Cases), MemberType = typeof(GoldenTextTests))]
    public void NoPositionLineLeavesItsLastWordAlone(string example, ActLanguage language, string variant)
    {
        var document = ActComposer.Default.Compose(ExampleActs.Load(example, language), variant);
        var signature = document.Blocks.OfType<SignatureBlock>().Single();
        var lines = PdfRenderer.Lay(document).SelectMany(page => page.Lines)
            .Where(line => line.Role.Kind == LineKind.Signature && line.Role.Part < signature.PositionLines.Count)
            .ToList();

        Assert.All(
            lines.Where(line => line.Role.IsLast && line.Role.LineCount > 1),
            line => Assert.True(line.Text.Trim().IndexOfAny([' ', '\u00A0']) > 0, $"\"{line.Text.Trim()}\" stands alone on the last line of a position"));
    }
}
