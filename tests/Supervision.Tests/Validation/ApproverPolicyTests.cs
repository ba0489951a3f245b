using Supervision.Acts;
using Supervision.Validation;

namespace Supervision.Tests.Validation;

/// <summary>
/// Every cell of the approval policy: a conclusion is approved by the superior prosecutor or his deputy
/// (seed p. 6); a cassation conclusion, before the Supreme Court, by a Deputy Prosecutor General (p. 14);
/// a review conclusion, where approved, as a product default by the head, acting head or a deputy.
/// </summary>
public sealed class ApproverPolicyTests
{
    // Columns: head, acting-head, first-deputy, deputy, senior-assistant, assistant.
    private const string Expected = """
        conclusion                general   + + + + - -
        conclusion                regional  + + + + - -
        conclusion                district  + + + + - -
        conclusion-appeal         general   + + + + - -
        conclusion-appeal         regional  + + + + - -
        conclusion-appeal         district  + + + + - -
        conclusion-cassation      general   - - + + - -
        conclusion-cassation      regional  - - - - - -
        conclusion-cassation      district  - - - - - -
        review-conclusion         general   + + + + - -
        review-conclusion         regional  + + + + - -
        review-conclusion         district  + + + + - -
        """;

    public static TheoryData<string, OfficeLevel, SignatoryPosition, bool> Cells() => PolicyTable.Parse(Expected);

    [Theory]
    [MemberData(nameof(Cells))]
    public void ThePolicyFileSaysWhoMayApprove(string example, OfficeLevel level, SignatoryPosition position, bool allowed)
    {
        var (kind, instance) = PolicyTable.KindOf(example);

        Assert.Equal(allowed, ActValidator.Default.Policy.Approvers(kind, level, instance).Contains(position));
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void TheValidatorAcceptsOrRejectsTheApproverOnARealAct(string example, OfficeLevel level, SignatoryPosition position, bool allowed)
    {
        foreach (var language in Enum.GetValues<ActLanguage>())
        {
            var act = ExampleActs.Load(example, language);
            var approver = new Signatory
            {
                Position = position,
                Title = Titles.For(position, language),
                Name = new PersonName { Surname = "Дәуленов", GivenName = "Марат", Patronymic = "Серікұлы" },
                ClassRank = ClassRank.SeniorCounsellorOfJustice,
            };
            Act approved = act switch
            {
                Conclusion conclusion => conclusion with { Office = act.Office! with { Level = level }, Approver = approver },
                ReviewConclusion review => review with { Office = act.Office! with { Level = level }, Approver = approver },
                _ => throw new InvalidOperationException($"{example} has no approver"),
            };

            var errors = ActValidator.Default.Validate(approved).Errors;

            var rejected = errors.Where(e => e.Code == ValidationCodes.ApproverNotAuthorized).ToList();
            Assert.Equal(allowed, rejected.Count == 0);
            Assert.All(rejected, e => Assert.Equal("approver.position", e.Path));
        }
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void AConclusionWithoutAnApproverIsRejected(ActLanguage language)
    {
        var act = ExampleActs.Load<Conclusion>(language) with { Approver = null };

        Assert.Contains(ActValidator.Default.Validate(act).Errors, e => e is { Path: "approver", Code: "required" });
    }
}
