using Supervision.Acts;
using static Supervision.Tests.Validation.Rejections;

namespace Supervision.Tests.Validation;

/// <summary>The withdrawal resolution is a resolution (p. 9): no addressee, a hand-over date, and the
/// regional prosecutor notified only from district level.</summary>
public sealed class WithdrawalResolutionTests
{
    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void AnAddresseeIsNotApplicableAndTheMessageSaysWhy(ActLanguage language)
    {
        var act = ExampleActs.Load<WithdrawalResolution>(language) with
        {
            Addressee = new Addressee { Kind = AddresseeKind.PrivateBailiff, Position = "x", Name = "y" },
        };

        var error = AssertRejected(act, "addressee", "not-applicable");

        Assert.Contains(language == ActLanguage.Kk ? "хат емес" : "не письмо", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void ADistrictProsecutorMustNameTheRegionalProsecutorHeNotifies(ActLanguage language)
    {
        var act = ExampleActs.Load<WithdrawalResolution>(language);
        Assert.Equal(OfficeLevel.District, act.Office!.Level);

        AssertRejected(act with { RegionalProsecutor = " " }, "regionalProsecutor", "required");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void ARegionalOfficeNotifiesNobody(ActLanguage language)
    {
        var act = ExampleActs.Load<WithdrawalResolution>(language);
        var regional = act with { Office = act.Office! with { Level = OfficeLevel.Regional } };

        AssertRejected(regional, "regionalProsecutor", "not-applicable");
        AssertNotRejectedFor(regional with { RegionalProsecutor = null }, "required");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void TheHandOverDateIsRequiredAndAfterTheResolution(ActLanguage language)
    {
        var act = ExampleActs.Load<WithdrawalResolution>(language);

        AssertRejected(act with { Deadline = null }, "deadline", "required");
        AssertRejected(act with { Deadline = act.Date }, "deadline", "term-too-short");
    }
}
