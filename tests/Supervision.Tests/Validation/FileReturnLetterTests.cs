using Supervision.Acts;
using Supervision.Validation;
using static Supervision.Tests.Validation.Rejections;

namespace Supervision.Tests.Validation;

/// <summary>The letter returning a studied file (p. 8): the file came before the letter and after the
/// proceeding began; a file kept beyond the three working days is warned of, never refused; volumes and sheets
/// are counted from one; a court gets back its case.</summary>
public sealed class FileReturnLetterTests
{
    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void AFileReturnedWithinThreeWorkingDaysIsNeitherRefusedNorWarnedOf(ActLanguage language)
    {
        // The example's file came on Thursday 6 November 2025 and goes back on Tuesday 11 November: the third
        // working day after (Friday 7, Monday 10, Tuesday 11).
        var act = ExampleActs.Load<FileReturnLetter>(language);

        var report = ActValidator.Default.Validate(act);

        Assert.Empty(report.Errors);
        Assert.DoesNotContain(report.Warnings, warning => warning.Code == ValidationCodes.StudyOverdue);
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void AFileKeptLongerIsWarnedOfWithTheDayItWasDueBack(ActLanguage language)
    {
        var act = ExampleActs.Load<FileReturnLetter>(language) with { Date = new DateOnly(2025, 11, 12) };

        var report = ActValidator.Default.Validate(act);

        Assert.Empty(report.Errors);
        var warning = Assert.Single(report.Warnings, warning => warning.Code == ValidationCodes.StudyOverdue);
        Assert.Equal("date", warning.Path);
        Assert.Contains("11.11.2025", warning.Message, StringComparison.Ordinal);
        AssertInLanguage(warning.Message, language);
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void TheTermSkipsTheHolidays(ActLanguage language)
    {
        // Arrived Friday 12 December 2025; Tuesday 16 December is Independence Day: the three working days are
        // Monday 15, Wednesday 17 and Thursday 18 December.
        var act = ExampleActs.Load<FileReturnLetter>(language) with { ReceivedOn = new DateOnly(2025, 12, 12), Measures = null };

        Assert.DoesNotContain(Warnings(act with { Date = new DateOnly(2025, 12, 18) }), code => code == ValidationCodes.StudyOverdue);
        Assert.Contains(Warnings(act with { Date = new DateOnly(2025, 12, 19) }), code => code == ValidationCodes.StudyOverdue);
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void TheFileComesBeforeTheLetterAndAfterTheProceedingBegan(ActLanguage language)
    {
        var act = ExampleActs.Load<FileReturnLetter>(language);

        AssertRejected(act with { ReceivedOn = act.Date!.Value.AddDays(1) }, "receivedOn", "date-order");
        AssertRejected(act with { ReceivedOn = act.Proceeding!.Date!.Value.AddDays(-1) }, "receivedOn", "date-order");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void VolumesAndSheetsAreCountedFromOne(ActLanguage language)
    {
        var act = ExampleActs.Load<FileReturnLetter>(language);

        AssertRejected(act with { Volumes = 0 }, "volumes", "not-positive");
        AssertRejected(act with { Sheets = -3 }, "sheets", "not-positive");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void ACourtCaseGoesBackOnlyToACourt(ActLanguage language)
    {
        var act = ExampleActs.Load<FileReturnLetter>(language);
        var court = act.Addressee! with { Kind = AddresseeKind.Court };

        AssertRejected(act with { CourtCase = "№ 3530-25-00-2/2218" }, "courtCase", "not-applicable");
        AssertRejected(act with { Addressee = court }, "courtCase", "required");
        AssertValid(act with { Addressee = court, CourtCase = "№ 3530-25-00-2/2218" });
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void AnActOfSupervisionDatedAfterTheLetterIsRefused(ActLanguage language)
    {
        var act = ExampleActs.Load<FileReturnLetter>(language);

        AssertRejected(act with { Measures = [act.Measures![0] with { Date = act.Date!.Value.AddDays(1) }] }, "measures[0].date", "date-order");
    }

    private static IEnumerable<string> Warnings(Act act) => ActValidator.Default.Validate(act).Warnings.Select(warning => warning.Code);
}
