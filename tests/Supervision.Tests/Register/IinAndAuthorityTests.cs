using Supervision.Acts;
using Supervision.Register;
using Supervision.Validation;
using Supervision.Validation.Rules;

namespace Supervision.Tests.Register;

/// <summary>The two checks a person's record rests on: the IIN's check digit and the authority a role needs.</summary>
public sealed class IinAndAuthorityTests
{
    [Theory]
    [InlineData(Staff.DeputyIin)]
    [InlineData(Staff.AssistantIin)]
    [InlineData(Staff.HeadIin)]
    public void AnIinWithItsCheckDigitIsAccepted(string iin)
    {
        Assert.True(Identifier.IsValid(iin));
        Assert.Null(PersonChecks.IinProblem(iin));
    }

    [Fact]
    public void AWrongCheckDigitIsRefusedAsAMistypedDigit()
    {
        Assert.False(Identifier.IsValid("900715400568"));
        Assert.Equal("'900715400568' is not an IIN: its last digit does not check the first eleven (a digit mistyped?)", PersonChecks.IinProblem("900715400568")!.Message);
    }

    [Fact]
    public void ElevenDigitsAreRefusedCountingThem()
    {
        Assert.False(Identifier.IsValid("90071540056"));
        Assert.Equal("'90071540056' is not an IIN: an IIN is 12 digits, and this has 11", PersonChecks.IinProblem("90071540056")!.Message);
    }

    [Fact]
    public void LettersAreRefused()
    {
        Assert.False(Identifier.IsValid("90071540056A"));
        var problem = PersonChecks.IinProblem("IIN900715400567")!;
        Assert.Equal(("iin", "'IIN900715400567' is not an IIN: an IIN is 12 digits, and this has other characters"), (problem.Field, problem.Message));
    }

    [Fact]
    public void DigitsWhoseCheckWouldBeTenTwiceAreNeverAnIin()
    {
        // 85010230012: weighted 1..11 the sum is 87 = 11·7 + 10, weighted 3..11, 1, 2 it is 98 = 11·8 + 10.
        Assert.All(Enumerable.Range(0, 10), digit => Assert.False(Identifier.IsValid($"85010230012{digit}")));
    }

    [Fact]
    public void ThePolicyLetsAssistantsSignConclusionsButApproveNothing()
    {
        var policy = ActPolicy.Default;

        Assert.True(policy.MaySignAny(SignatoryPosition.Assistant, OfficeLevel.District));
        Assert.False(policy.MayApproveAny(SignatoryPosition.Assistant, OfficeLevel.District));
        Assert.False(policy.MayApproveAny(SignatoryPosition.SeniorAssistant, OfficeLevel.General));
        Assert.True(policy.MayApproveAny(SignatoryPosition.Head, OfficeLevel.District));
        Assert.True(policy.MaySignAny(SignatoryPosition.Head, OfficeLevel.District));
    }

    [Fact]
    public void RolesWithoutAuthorityNeedNone()
    {
        Assert.Null(RoleAuthority.Refusal(ActPolicy.Default, [PersonRole.Drafter, PersonRole.Admin, PersonRole.Auditor], SignatoryPosition.Assistant, OfficeLevel.District));
        Assert.Equal("roles", RoleAuthority.Refusal(ActPolicy.Default, [PersonRole.Drafter, PersonRole.Approver], SignatoryPosition.Assistant, OfficeLevel.District)?.Field);
    }
}
