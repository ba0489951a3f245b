using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Tests.Register;

public sealed class DueDateTests
{
    private static readonly DateOnly Date = new(2025, 10, 14);

    [Fact]
    public void AnInstructionAndAnOrderAreDueOnTheirDeadline()
    {
        Assert.Equal(new DateOnly(2025, 11, 4), DueDates.For(new Instruction { Date = Date, Deadline = new DateOnly(2025, 11, 4) }));
        Assert.Equal(new DateOnly(2025, 10, 31), DueDates.For(new Order { Date = Date, Deadline = new DateOnly(2025, 10, 31) }));
    }

    [Fact]
    public void ASubmissionIsDueItsConsiderationDaysAfterItsDateInCalendarDays()
    {
        Assert.Equal(new DateOnly(2025, 11, 13), DueDates.For(new Submission { Date = Date, ConsiderationDays = 30 }));
    }

    [Fact]
    public void AProtestIsDueTenDaysAfterItsDateUnlessItSetsItsOwnTerm()
    {
        Assert.Equal(new DateOnly(2025, 10, 24), DueDates.For(new Protest { Date = Date }));
        Assert.Equal(new DateOnly(2025, 10, 29), DueDates.For(new Protest { Date = Date, ConsiderationDays = 15 }));
    }

    [Fact]
    public void ATermInDaysThatEndsOnADayOffEndsOnTheNextWorkingDay()
    {
        // 15 October 2025 + 10 days is Saturday 25 October, Republic Day; Monday 27 October is its day
        // off carried over: the protest is due on Tuesday 28 October.
        Assert.Equal(new DateOnly(2025, 10, 28), DueDates.For(new Protest { Date = new DateOnly(2025, 10, 15) }));

        // 14 October 2025 + 26 days is Sunday 9 November: due on Monday 10 November.
        Assert.Equal(new DateOnly(2025, 11, 10), DueDates.For(new Submission { Date = Date, ConsiderationDays = 26 }));
    }

    [Fact]
    public void ARequestForAFileIsDueOnTheDayItNamesForTheFileToCome()
    {
        // Named as a date, like a deadline: kept as named, a Saturday too.
        Assert.Equal(new DateOnly(2025, 10, 17), DueDates.For(new FileRequest { Date = Date, SubmitBy = new DateOnly(2025, 10, 17) }));
        Assert.Equal(new DateOnly(2025, 10, 18), DueDates.For(new FileRequest { Date = Date, SubmitBy = new DateOnly(2025, 10, 18) }));
    }

    [Fact]
    public void ADeadlineNamedAsADateIsKeptEvenOnADayOff()
    {
        Assert.Equal(new DateOnly(2025, 11, 9), DueDates.For(new Instruction { Date = Date, Deadline = new DateOnly(2025, 11, 9) }));
    }

    [Fact]
    public void AHandoverLetterIsDueOnTheDayItAsksForTheReport()
    {
        // Sunday 5 October 2025: a date the letter names is kept as named, like an instruction's deadline.
        Assert.Equal(new DateOnly(2025, 10, 5), DueDates.For(new HandoverLetter { Date = Date, ReplyBy = new DateOnly(2025, 10, 5) }));
    }

    [Fact]
    public void BeyondTheYearsTheCalendarCoversTheLastDayIsKept()
    {
        // 2030 is not in the calendar: its Saturday 12 January is not guessed to be a day off or not.
        Assert.Equal(new DateOnly(2030, 1, 12), DueDates.EndOfTerm(new DateOnly(2030, 1, 12)));
    }

    [Fact]
    public void ActsThatSetNoTermOnAnAddresseeHaveNoDueDate()
    {
        Assert.Null(DueDates.For(new Conclusion { Date = Date }));
        Assert.Null(DueDates.For(new ReviewConclusion { Date = Date, StudiedOn = Date }));
        Assert.Null(DueDates.For(new WithdrawalResolution { Date = Date }));
        Assert.Null(DueDates.For(new HigherProtestProposal { Date = Date }));
        Assert.Null(DueDates.For(new ApplicantReply { Date = Date }));
        Assert.Null(DueDates.For(new FileReturnLetter { Date = Date, ReceivedOn = Date }));
        Assert.Null(DueDates.For(new FileRequest { Date = Date }));
        Assert.Null(DueDates.For(new ProsecutorAppeal { Date = Date, FinalFormOn = Date }));
        Assert.Null(DueDates.For(new PrivateRulingPetition { Date = Date }));
        Assert.Null(DueDates.For(new ViolationReport { Date = Date }));

        // The information of p. 11 and 12 sets a term on the office itself (delivery to the General Prosecutor's
        // Office, warned of by the validator), none on an addressee.
        Assert.Null(DueDates.For(new CheckReport { Date = Date, CheckEnd = Date }));
        Assert.Null(DueDates.For(new QuarterlyAnalysis { Date = Date, Year = 2025, Quarter = 3 }));
        Assert.Null(DueDates.For(new AnnualSummary { Date = Date, Year = 2024 }));
        Assert.Null(DueDates.For(new WithdrawalNotice { Date = Date, Deadline = Date.AddDays(5) }));
        Assert.Null(DueDates.For(new HandoverLetter { Date = Date }));
    }

    [Fact]
    public void EveryShippedExampleGetsTheDueDateOfItsKind()
    {
        foreach (var name in Examples.ActExamples.Names)
        {
            var act = ExampleActs.Load(name, ActLanguage.Kk);
            var due = DueDates.For(act);
            // The shipped request for a file names the day the file is to come.
            Assert.Equal(act.Kind is ActKind.Instruction or ActKind.Order or ActKind.Submission or ActKind.Protest or ActKind.FileRequest or ActKind.HandoverLetter, due is not null);
            Assert.True(due is null || due > act.Date, name);
        }
    }

    [Fact]
    public void ATermEndingAfterTheLastDayADateCanHoldIsARefusedDateNotACrash()
    {
        // The validator bounds act dates; this guard keeps a due date from overflowing for an act that reached
        // the register another way (an older policy, a validator with wider bounds).
        var refused = Assert.Throws<RegisterException>(() => DueDates.For(new Submission { Date = DateOnly.MaxValue, ConsiderationDays = 30 }));
        Assert.Equal(RegisterFailureKind.Refused, refused.Kind);
        Assert.Equal("date", refused.Field);
        Assert.Contains("9999-12-31", refused.Message, StringComparison.Ordinal);
    }
}
