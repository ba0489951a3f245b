using Supervision.Acts;
using Supervision.Validation.Rules;
using static Supervision.Tests.Validation.Rejections;

namespace Supervision.Tests.Validation;

public sealed class DatesAndValuesTests
{
    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void AnActIsNotDatedBeforeTheProceedingItSupervises(ActLanguage language)
    {
        var act = ExampleActs.Load<Instruction>(language);

        AssertRejected(act with { Date = act.Proceeding!.Date!.Value.AddDays(-1), Deadline = act.Proceeding.Date!.Value.AddDays(20) }, "date", "date-before-proceeding");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void TheExecutiveDocumentPrecedesTheProceeding(ActLanguage language)
    {
        var act = ExampleActs.Load<Order>(language);
        var proceeding = act.Proceeding!;

        AssertRejected(
            act with { Proceeding = proceeding with { ExecutiveDocument = proceeding.ExecutiveDocument! with { Date = proceeding.Date!.Value.AddDays(1) } } },
            "proceeding.executiveDocument.date",
            "date-order");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void AProtestedResolutionLiesBetweenTheProceedingAndTheProtest(ActLanguage language)
    {
        var act = ExampleActs.Load<Protest>(language);
        var resolution = act.ContestedResolution!;

        AssertRejected(act with { ContestedResolution = resolution with { Date = act.Date!.Value.AddDays(1) } }, "contestedResolution.date", "date-order");
        AssertRejected(act with { ContestedResolution = resolution with { Date = act.Proceeding!.Date!.Value.AddDays(-1) } }, "contestedResolution.date", "date-order");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void CourtActsAndTheAppealProtestPrecedeTheProposal(ActLanguage language)
    {
        var act = ExampleActs.Load<HigherProtestProposal>(language);
        var later = act.Date!.Value.AddDays(3);

        AssertRejected(act with { CourtActs = [act.CourtActs![0] with { Date = later }] }, "courtActs[0].date", "date-order");
        AssertRejected(act with { AppealProtest = act.AppealProtest! with { Date = later } }, "appealProtest.date", "date-order");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void SumsAreNotNegativeHaveAtMostTwoDecimalsAndCanBeWrittenInWords(ActLanguage language)
    {
        var act = ExampleActs.Load<Order>(language);
        Act WithAmount(decimal amount) => act with { Proceeding = act.Proceeding! with { Amount = amount } };

        AssertRejected(WithAmount(-0.01m), "proceeding.amount", "amount-negative");
        AssertRejected(WithAmount(1.005m), "proceeding.amount", "amount-precision");
        AssertRejected(WithAmount(1_000_000_000_000m), "proceeding.amount", "amount-too-large");
        AssertValid(WithAmount(0m));
        AssertValid(WithAmount(632_924.51m));
        AssertValid(WithAmount(999_999_999_999.99m));
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void TextsStayWithinSaneLengths(ActLanguage language)
    {
        var act = ExampleActs.Load<Instruction>(language);

        AssertRejected(act with { Place = new string('а', TextLimitsRule.MaxLineLength + 1) }, "place", "too-long");
        AssertValid(act with { Place = new string('а', TextLimitsRule.MaxLineLength) });
        AssertRejected(act with { Findings = new string('а', TextLimitsRule.MaxProseLength + 1) }, "findings", "too-long");
        AssertRejected(act with { Violations = [.. Enumerable.Repeat(act.Violations![0], TextLimitsRule.MaxListItems + 1)] }, "violations", "too-many");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void RequisitesAreOneLineAndProseHasNoControlCharacters(ActLanguage language)
    {
        var act = ExampleActs.Load<Instruction>(language);

        AssertRejected(act with { Place = "Астана\nқ." }, "place", "invalid-characters");
        AssertRejected(act with { Findings = act.Findings + "\u0007" }, "findings", "invalid-characters");
        AssertValid(act with { Findings = act.Findings + "\n" + act.Findings });
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void TheExecutorsTelephoneIsTenOrElevenDigits(ActLanguage language)
    {
        var act = ExampleActs.Load<Instruction>(language);
        Act WithPhone(string phone) => act with { Executor = act.Executor! with { Phone = phone } };

        AssertRejected(WithPhone("271-34-56"), "executor.phone", "invalid-phone");
        AssertRejected(WithPhone("8 (727) 271-34-56 доб. 12"), "executor.phone", "invalid-phone");
        AssertValid(WithPhone("8 (727) 271-34-56"));
        AssertValid(WithPhone("+7 (7172) 71-23-45"));
        AssertValid(WithPhone("87172712345"));
    }

    [Theory]
    [InlineData("880101300159", true)] // the first weighting gives 10, the second gives 9
    [InlineData("880101300160", true)] // the first weighting gives 0
    [InlineData("880101300158", false)]
    [InlineData("88010130015", false)]
    [InlineData("88010130015А", false)]
    public void AnIinOrBinHasAValidCheckDigit(string identifier, bool valid)
    {
        foreach (var language in Enum.GetValues<ActLanguage>())
        {
            var act = ExampleActs.Load<Order>(language);
            var changed = act with { Proceeding = act.Proceeding! with { Debtor = act.Proceeding.Debtor! with { Identifier = identifier } } };
            if (valid)
            {
                AssertValid(changed);
            }
            else
            {
                AssertRejected(changed, "proceeding.debtor.identifier", "invalid-identifier");
            }
        }
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void AttachmentsHaveAtLeastOnePage(ActLanguage language)
    {
        var act = ExampleActs.Load<HigherProtestProposal>(language);

        AssertRejected(act with { Attachments = [act.Attachments![0] with { Pages = 0 }] }, "attachments[0].pages", "not-positive");
    }
}
