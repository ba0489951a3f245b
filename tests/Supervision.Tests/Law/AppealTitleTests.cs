using Supervision.Acts;
using Supervision.Composition;
using Supervision.Document;
using Supervision.Law;
using Supervision.Templating;

namespace Supervision.Tests.Law;

/// <summary>
/// The prosecutor's appeal is titled by its legal frame: an appeal protest in the seed's frame, an appeal
/// petition in a frame after Law No. 91-VI of 11.07.2017 (Fixtures/appeal-2017.json). The title is the frame's
/// data; the template's text never names the document, so it reads right under either title.
/// </summary>
public sealed class AppealTitleTests
{
    private static readonly DateOnly FrameStarts = new(2017, 8, 1);

    private static readonly LegalFrames Frames =
        LegalFrames.Default.Extend(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Law", "Fixtures", "appeal-2017.json")), "appeal-2017.json");

    private static readonly ActComposer Composer = new(new TemplateRenderer(TemplateSet.Embedded, frames: Frames));

    private static string[] Lines(Act act) => PlainText.Of(Composer.Compose(act, TemplateRenderer.FullVariant)).Split('\n');

    [Theory]
    [InlineData(ActLanguage.Ru, "АПЕЛЛЯЦИОННОЕ ХОДАТАЙСТВО", "АПЕЛЛЯЦИОННЫЙ ПРОТЕСТ")]
    [InlineData(ActLanguage.Kk, "АПЕЛЛЯЦИЯЛЫҚ ӨТІНІШХАТ", "АПЕЛЛЯЦИЯЛЫҚ НАРАЗЫЛЫҚ")]
    public void TheFrameOfTheActsDateGivesItsTitle(ActLanguage language, string after, string before)
    {
        var appeal = ExampleActs.Load<ProsecutorAppeal>(language);

        var now = Lines(appeal);
        var earlier = Lines(appeal with { Date = FrameStarts.AddDays(-1), FinalFormOn = FrameStarts.AddDays(-5), ContestedAct = appeal.ContestedAct! with { Date = FrameStarts.AddDays(-8) }, Proceeding = null });

        Assert.Contains(after, now);
        Assert.DoesNotContain(before, now);
        Assert.Contains(before, earlier);
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void TheShippedFramePrintsTheSeedsAppealProtest(ActLanguage language)
    {
        var lines = PlainText.Of(ActComposer.Default.Compose(ExampleActs.Load<ProsecutorAppeal>(language), TemplateRenderer.FullVariant)).Split('\n');

        Assert.Contains(language == ActLanguage.Kk ? "АПЕЛЛЯЦИЯЛЫҚ НАРАЗЫЛЫҚ" : "АПЕЛЛЯЦИОННЫЙ ПРОТЕСТ", lines);
    }
}
