using Supervision.Acts;
using Supervision.Validation;

namespace Supervision.Tests.Validation;

/// <summary>
/// Every cell of the signatory policy: who may sign each act at each office level. The expected table
/// is written here from the domain brief ("Who may sign", seed p. 6, 9, 14), not read from the policy
/// file, and each cell is checked twice: on the policy itself and through the validator on a real act.
/// </summary>
public sealed class SignatoryPolicyTests
{
    // Columns: head, acting-head, first-deputy, deputy, senior-assistant, assistant.
    private const string Expected = """
        instruction               general   + + + + - -
        instruction               regional  + + + + - -
        instruction               district  + + + + - -
        order                     general   + + + + - -
        order                     regional  + + + + - -
        order                     district  + + - - - -
        submission                general   + + + + - -
        submission                regional  + + + + - -
        submission                district  + + - - - -
        protest                   general   + + + + - -
        protest                   regional  + + + + - -
        protest                   district  + + + + - -
        conclusion                general   + + + + + +
        conclusion                regional  + + + + + +
        conclusion                district  + + + + + +
        conclusion-appeal         general   + + + + + +
        conclusion-appeal         regional  + + + + + +
        conclusion-appeal         district  + + + + + +
        conclusion-cassation      general   + + + + + +
        conclusion-cassation      regional  - - - - - -
        conclusion-cassation      district  - - - - - -
        review-conclusion         general   + + + + + +
        review-conclusion         regional  + + + + + +
        review-conclusion         district  + + + + + +
        withdrawal-resolution     general   + + + + - -
        withdrawal-resolution     regional  + + + + - -
        withdrawal-resolution     district  + + + + - -
        higher-protest-proposal   general   + + + + - -
        higher-protest-proposal   regional  + + + + - -
        higher-protest-proposal   district  + + + + - -
        applicant-reply           general   + + + + - -
        applicant-reply           regional  + + + + - -
        applicant-reply           district  + + + + - -
        file-request              general   + + + + - -
        file-request              regional  + + + + - -
        file-request              district  + + + + - -
        file-return-letter        general   + + + + + +
        file-return-letter        regional  + + + + + +
        file-return-letter        district  + + + + + +
        appeal-protest            general   + + + + + +
        appeal-protest            regional  + + + + + +
        appeal-protest            district  + + + + + +
        private-ruling-petition   general   + + + + + +
        private-ruling-petition   regional  + + + + + +
        private-ruling-petition   district  + + + + + +
        violation-report          general   + + + + - -
        violation-report          regional  + + + + - -
        violation-report          district  + + + + - -
        check-report              general   - - - - - -
        check-report              regional  + + + + - -
        check-report              district  - - - - - -
        quarterly-analysis        general   - - - - - -
        quarterly-analysis        regional  + + + + - -
        quarterly-analysis        district  - - - - - -
        annual-summary            general   - - - - - -
        annual-summary            regional  + + + + - -
        annual-summary            district  - - - - - -
        withdrawal-notice         general   - - - - - -
        withdrawal-notice         regional  - - - - - -
        withdrawal-notice         district  + + + + - -
        handover-letter           general   + + + + - -
        handover-letter           regional  + + + + - -
        handover-letter           district  + + + + - -
        """;

    public static TheoryData<string, OfficeLevel, SignatoryPosition, bool> Cells() => PolicyTable.Parse(Expected);

    [Fact]
    public void TheTableCoversEveryKindInstanceLevelAndPosition() =>
        // Every kind, the conclusion in each of its three instances, at three levels, for six positions.
        Assert.Equal((Enum.GetValues<ActKind>().Length + Enum.GetValues<ConclusionInstance>().Length - 1) * 3 * 6, Cells().Count);

    [Theory]
    [MemberData(nameof(Cells))]
    public void ThePolicyFileSaysWhoMaySign(string example, OfficeLevel level, SignatoryPosition position, bool allowed)
    {
        var (kind, instance) = PolicyTable.KindOf(example);

        var signatories = ActValidator.Default.Policy.Signatories(kind, level, instance);

        Assert.Equal(allowed, signatories.Contains(position));
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void TheValidatorAcceptsOrRejectsTheSignatoryOnARealAct(string example, OfficeLevel level, SignatoryPosition position, bool allowed)
    {
        foreach (var language in Enum.GetValues<ActLanguage>())
        {
            var act = ExampleActs.Load(example, language);
            var signed = act with
            {
                Office = act.Office! with { Level = level },
                Signatory = act.Signatory! with { Position = position, Title = Titles.For(position, language) },
            };

            var errors = ActValidator.Default.Validate(signed).Errors;

            var rejected = errors.Where(e => e.Code == ValidationCodes.SignatoryNotAuthorized).ToList();
            Assert.Equal(allowed, rejected.Count == 0);
            Assert.All(rejected, e => Assert.Equal("signatory.position", e.Path));
        }
    }
}
