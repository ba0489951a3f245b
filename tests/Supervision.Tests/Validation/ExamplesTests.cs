using Supervision.Acts;
using Supervision.Calendar;
using Supervision.Examples;
using Supervision.Validation;

namespace Supervision.Tests.Validation;

public sealed class ExamplesTests
{
    [Theory]
    [MemberData(nameof(ExampleActs.All), MemberType = typeof(ExampleActs))]
    public void EveryExampleIsAValidAct(string name, ActLanguage language)
    {
        var act = ExampleActs.Load(name, language);

        var report = ActValidator.Default.Validate(act);

        Assert.True(report.IsValid, string.Join(Environment.NewLine, report.Errors));
    }

    /// <summary>A day long after every example's date, so that no example is "dated after today" merely
    /// because the tests run before it.</summary>
    private static readonly ActValidator ValidatorLongAfterTheExamples = new(
        ActPolicy.Default, WorkingCalendar.Kazakhstan, clock: new TestClock(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero)));

    [Theory]
    [MemberData(nameof(ExampleActs.All), MemberType = typeof(ExampleActs))]
    public void EveryExampleIsSignableUnchangedWithNeitherErrorsNorWarnings(string name, ActLanguage language)
    {
        var act = ExampleActs.Load(name, language);

        var report = ValidatorLongAfterTheExamples.Validate(act);

        // A warning here is a sum without its words or a law cited without its article: fix the example.
        var findings = report.Errors.Select(e => $"error {e}").Concat(report.Warnings.Select(w => $"warning {w}"));
        Assert.True(
            report.IsValid && report.Warnings.Count == 0,
            $"{name}.{EnumNames.Of(language)}.json:{Environment.NewLine}{string.Join(Environment.NewLine, findings)}");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.All), MemberType = typeof(ExampleActs))]
    public void EveryExampleIsOfTheKindAndLanguageItsNameSays(string name, ActLanguage language)
    {
        var act = ExampleActs.Load(name, language);

        var instance = (act as Conclusion)?.Instance;
        Assert.Equal(name, ActExamples.Name(act.Kind, instance));
        Assert.Equal(language, act.Language);
    }

    [Theory]
    [MemberData(nameof(ExampleActs.All), MemberType = typeof(ExampleActs))]
    public void KazakhExamplesAreWrittenInKazakhAndRussianOnesInRussian(string name, ActLanguage language)
    {
        var json = ActExamples.Json(name, language);

        // Words that carry every paragraph of the one language and never appear in the other.
        string[] kazakhWords = [" және ", " бойынша ", " туралы "];
        string[] russianWords = [" и ", " в ", " по "];
        var (own, other) = language == ActLanguage.Kk ? (kazakhWords, russianWords) : (russianWords, kazakhWords);
        Assert.Contains(own, word => json.Contains(word, StringComparison.Ordinal));
        Assert.All(other, word => Assert.DoesNotContain(word, json, StringComparison.Ordinal));
    }

    [Fact]
    public void ThereIsAnExampleOfEveryKindAndConclusionInstanceInBothLanguages()
    {
        foreach (var name in ActExamples.Names)
        {
            foreach (var language in Enum.GetValues<ActLanguage>())
            {
                Assert.False(string.IsNullOrWhiteSpace(ActExamples.Json(name, language)));
            }
        }

        Assert.Equal(12, ActExamples.Names.Count);
    }
}
