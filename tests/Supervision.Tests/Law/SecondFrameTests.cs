using Supervision.Acts;
using Supervision.Calendar;
using Supervision.Composition;
using Supervision.Document;
using Supervision.Templating;
using Supervision.Validation;

namespace Supervision.Tests.Law;

/// <summary>A frame a lawyer adds as data changes what acts dated in it cite and the terms they are held to,
/// and nothing about acts dated before it.</summary>
public sealed class SecondFrameTests
{
    private static readonly ActComposer Composer = new(new TemplateRenderer(TemplateSet.Embedded, frames: LegalFrameFixture.WithLaw2017));
    private static readonly ActValidator Validator = new(ActPolicy.Default, WorkingCalendar.Kazakhstan, LegalFrameFixture.WithLaw2017);

    // The citations read as words; where the typesetting binds spaces (after "№", before a unit) is tested on its own.
    private static string Text(Act act) => PlainText.Of(Composer.Compose(act, TemplateRenderer.FullVariant)).Replace('\u00A0', ' ');

    [Fact]
    public void AProtestDatedInTheNewFrameCitesItsArticleAndAnEarlierOneTheSeeds()
    {
        var protest = ExampleActs.Load<Protest>(ActLanguage.Ru);

        var now = Text(protest);
        var before = Text(protest with { Date = LegalFrameFixture.Law2017Starts.AddDays(-1) });

        Assert.Contains("руководствуясь статьей 24 Закона Республики Казахстан от 30 июня 2017 года № 81-VI «О прокуратуре»,", now, StringComparison.Ordinal);
        Assert.DoesNotContain("№ 2709", now, StringComparison.Ordinal);
        Assert.Contains("руководствуясь статьей 19 Закона Республики Казахстан от 21 декабря 1995 года № 2709 «О прокуратуре»,", before, StringComparison.Ordinal);
    }

    [Fact]
    public void AKazakhSubmissionInTheNewFrameCitesArticle27AndTheNoticeTerm()
    {
        var submission = ExampleActs.Load<Submission>(ActLanguage.Kk);

        var text = Text(submission);

        Assert.Contains("«Прокуратура туралы» 2017 жылғы 30 маусымдағы № 81-VI Қазақстан Республикасы Заңының 27-бабын басшылыққа алып,", text, StringComparison.Ordinal);
        Assert.Contains("прокуратураға кемінде 3 жұмыс күні бұрын хабарланып", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ARussianSubmissionInTheNewFrameAsksForNoticeThreeWorkingDaysAhead()
    {
        var text = Text(ExampleActs.Load<Submission>(ActLanguage.Ru));

        Assert.Contains("уведомив прокуратуру о дате его рассмотрения не менее чем за 3 рабочих дня до этой даты.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("заблаговременно", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void ASubmissionIsHeldToTheMaximumOfItsDatesFrame(ActLanguage language)
    {
        var submission = ExampleActs.Load<Submission>(language) with { ConsiderationDays = 25 };
        var seedDated = submission with { Date = LegalFrameFixture.Law2017Starts.AddDays(-1), Proceeding = null };

        var error = Assert.Single(Validator.Validate(submission).Errors, e => e.Code == "term-too-long");
        Assert.Equal("considerationDays", error.Path);
        Assert.Contains("20", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Validator.Validate(seedDated).Errors, e => e.Code == "term-too-long");
        Assert.DoesNotContain(ActValidator.Default.Validate(submission).Errors, e => e.Code == "term-too-long");
    }

    [Fact]
    public void KindsTheNewFrameDoesNotListAreInheritedFromTheSeed()
    {
        var frame = LegalFrameFixture.WithLaw2017.At(LegalFrameFixture.Law2017Starts)!;

        Assert.Equal("law-2017", frame.Id);
        Assert.Equal(["22"], frame.For(ActKind.Instruction).Citations["basis"].Articles);
        Assert.Equal("seed", LegalFrameFixture.WithLaw2017.At(LegalFrameFixture.Law2017Starts.AddDays(-1))!.Id);
    }
}
