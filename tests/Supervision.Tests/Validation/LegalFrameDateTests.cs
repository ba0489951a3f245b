using Supervision.Acts;
using static Supervision.Tests.Validation.Rejections;

namespace Supervision.Tests.Validation;

/// <summary>An act dated before every legal frame cannot be worded or checked, and says so at its date.</summary>
public sealed class LegalFrameDateTests
{
    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void AnActDatedBeforeEveryFrameIsRefusedAtItsDate(ActLanguage language)
    {
        var act = ExampleActs.Load<Submission>(language) with { Date = new DateOnly(2009, 5, 4), Proceeding = null };

        var error = AssertRejected(act, "date", "no-legal-frame");

        Assert.Contains("04.05.2009", error.Message, StringComparison.Ordinal);
        Assert.Contains("28.12.2010", error.Message, StringComparison.Ordinal);
    }
}
