using Supervision.Acts;
using Supervision.Calendar;
using Supervision.Validation;

namespace Supervision.Tests.Validation;

/// <summary>
/// Act dates bounded by the policy (act-policy.json "dates"): not before 2000, not more than the allowed days
/// after today in Kazakhstan (a warning up to them), and every other date within outer bounds, so that no
/// date at the calendar's edge reaches a term.
/// </summary>
public sealed class DateBoundsTests
{
    // 06:00 UTC on 20 October 2025: 11:00 the same day in Kazakhstan.
    private static readonly DateOnly Today = new(2025, 10, 20);

    private static readonly ActValidator Validator = new(
        ActPolicy.Default, WorkingCalendar.Kazakhstan, clock: new TestClock(new DateTimeOffset(2025, 10, 20, 6, 0, 0, TimeSpan.Zero)));

    private static ValidationError AssertOutOfRange(Act act, string path)
    {
        var errors = Validator.Validate(act).Errors;
        var found = errors.FirstOrDefault(e => e.Path == path && e.Code == ValidationCodes.DateOutOfRange);
        Assert.True(found is not null, $"expected {path}: date-out-of-range; got:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        Rejections.AssertInLanguage(found.Message, act.Language);
        return found;
    }

    private static Instruction Instruction(ActLanguage language, DateOnly date) =>
        ExampleActs.Load<Instruction>(language) with { Date = date, Deadline = date.AddDays(20) };

    [Theory]
    [InlineData(ActLanguage.Ru, "Дата акта (17.02.2126) позже сегодняшнего дня (20.10.2025) по времени Казахстана более чем на 30 календарных дней. Проверьте год и месяц.")]
    [InlineData(ActLanguage.Kk, "Актінің күні (17.02.2126) Қазақстан уақыты бойынша бүгінгі күннен (20.10.2025) 30 күнтізбелік күннен астам кейін. Жылы мен айын тексеріңіз.")]
    public void AnActDatedInTheNextCenturyIsRefusedSoItCannotTakeANumber(ActLanguage language, string message)
    {
        var act = ExampleActs.Load<Submission>(language) with { Date = new DateOnly(2126, 2, 17) };

        var report = Validator.Validate(act);

        Assert.Equal(message, AssertOutOfRange(act, "date").Message);
        Assert.DoesNotContain(report.Warnings, w => w.Code == ValidationCodes.DateInFuture);
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void UpToThePoliciesDaysAheadAnActIsOnlyWarnedOfAndADayLaterRefused(ActLanguage language)
    {
        var days = ActPolicy.Default.Dates.ActDaysAhead;
        var last = Instruction(language, Today.AddDays(days));
        var beyond = Instruction(language, Today.AddDays(days + 1));

        var lastReport = Validator.Validate(last);

        Assert.DoesNotContain(lastReport.Errors, e => e.Code == ValidationCodes.DateOutOfRange);
        Assert.Contains(lastReport.Warnings, w => w.Path == "date" && w.Code == ValidationCodes.DateInFuture);
        AssertOutOfRange(beyond, "date");
    }

    [Theory]
    [InlineData(ActLanguage.Ru, "Дата акта (31.12.1999) не может быть ранее 01.01.2000. Проверьте год.")]
    [InlineData(ActLanguage.Kk, "Актінің күні (31.12.1999) 01.01.2000 күнінен бұрын болмауы тиіс. Жылын тексеріңіз.")]
    public void AnActDatedBefore2000IsRefused(ActLanguage language, string message)
    {
        var act = ExampleActs.Load<Submission>(language) with { Date = new DateOnly(1999, 12, 31), Proceeding = null };

        Assert.Equal(message, AssertOutOfRange(act, "date").Message);
    }

    [Fact]
    public void TheFirstDayOf2000IsAnActDate()
    {
        var act = ExampleActs.Load<Submission>(ActLanguage.Ru) with { Date = new DateOnly(2000, 1, 1), Proceeding = null };

        Assert.DoesNotContain(Validator.Validate(act).Errors, e => e.Code == ValidationCodes.DateOutOfRange);
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void AProtestDatedAtTheCalendarsEdgeIsRefusedNotOverflowed(ActLanguage language)
    {
        var act = ExampleActs.Load<Protest>(language) with { Date = DateOnly.MaxValue, ConsiderationDays = 365 };

        AssertOutOfRange(act, "date");
    }

    [Theory]
    [InlineData(ActLanguage.Ru, "Дата «Дата судебного акта» (31.12.9999) не может быть позже 20.10.2027. Проверьте год.")]
    [InlineData(ActLanguage.Kk, "«Сот актісінің күні» (31.12.9999) 20.10.2027 күнінен кейін болмауы тиіс. Жылын тексеріңіз.")]
    public void ACourtActDated9999IsRefusedNamingTheField(ActLanguage language, string message)
    {
        var act = ExampleActs.Load<HigherProtestProposal>(language);
        var courtAct = act.CourtActs![0]! with { Date = DateOnly.MaxValue };

        var error = AssertOutOfRange(act with { CourtActs = [courtAct, .. act.CourtActs.Skip(1)] }, "courtActs[0].date");

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void ADeadlineAtTheCalendarsEdgeAndAnExecutiveDocumentOfTheYearOneAreRefused()
    {
        var act = Instruction(ActLanguage.Ru, Today);
        var proceeding = act.Proceeding!;
        var document = proceeding.ExecutiveDocument! with { Date = new DateOnly(1, 1, 1) };

        AssertOutOfRange(act with { Deadline = DateOnly.MaxValue }, "deadline");
        AssertOutOfRange(act with { Proceeding = proceeding with { ExecutiveDocument = document } }, "proceeding.executiveDocument.date");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.All), MemberType = typeof(ExampleActs))]
    public void NoShippedExampleIsOutOfRangeToday(string name, ActLanguage language)
    {
        var errors = ActValidator.Default.Validate(ExampleActs.Load(name, language)).Errors;

        Assert.DoesNotContain(errors, e => e.Code == ValidationCodes.DateOutOfRange);
    }
}
