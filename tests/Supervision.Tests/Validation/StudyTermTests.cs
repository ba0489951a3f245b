using Supervision.Acts;
using static Supervision.Tests.Validation.Rejections;

namespace Supervision.Tests.Validation;

/// <summary>p. 8: an enforcement file is studied within three working days of its arrival.</summary>
public sealed class StudyTermTests
{
    private static ReviewConclusion Received(ActLanguage language, string receivedOn, string studiedOn)
    {
        var act = ExampleActs.Load<ReviewConclusion>(language);
        var received = DateOnly.Parse(receivedOn, System.Globalization.CultureInfo.InvariantCulture);
        var studied = DateOnly.Parse(studiedOn, System.Globalization.CultureInfo.InvariantCulture);
        var proceeding = act.Proceeding!;
        var opened = received.AddDays(-60);
        return act with
        {
            ReceivedOn = received,
            StudiedOn = studied,
            Date = studied,
            Proceeding = proceeding with
            {
                Date = opened,
                ExecutiveDocument = proceeding.ExecutiveDocument! with { Date = opened.AddDays(-7) },
            },
        };
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void AFileReceivedOnThursdayIsStudiedByTheNextTuesday(ActLanguage language)
    {
        // Thursday 6 November 2025: Friday 7, Monday 10, Tuesday 11 are the three working days.
        AssertValid(Received(language, "2025-11-06", "2025-11-11"));
        AssertRejected(Received(language, "2025-11-06", "2025-11-12"), "studiedOn", "study-overdue");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void NauryzHolidaysDoNotCount(ActLanguage language)
    {
        // Received Thursday 20 March 2025; 21-25 March are Nauryz and the days carried over from its weekend,
        // so the three working days are 26, 27 and 28 March.
        AssertValid(Received(language, "2025-03-20", "2025-03-28"));

        var error = AssertRejected(Received(language, "2025-03-20", "2025-03-31"), "studiedOn", "study-overdue");
        Assert.Contains("28.03.2025", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void AFileStudiedBeforeItArrivedIsRefused(ActLanguage language) =>
        AssertRejected(Received(language, "2025-11-06", "2025-11-05"), "studiedOn", "date-order");

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void AYearTheCalendarDoesNotCoverIsSaidSoRatherThanGuessed(ActLanguage language)
    {
        AssertRejected(Received(language, "2028-02-01", "2028-02-02"), "receivedOn", "calendar-not-covered");

        // The term of a file received on the last days of 2027 runs into 2028.
        AssertRejected(Received(language, "2027-12-30", "2027-12-31"), "receivedOn", "calendar-not-covered");
    }
}
