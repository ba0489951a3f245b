using Supervision.Acts;
using Supervision.FollowUps;
using Supervision.Reading;
using Supervision.Validation;

namespace Supervision.Tests.FollowUps;

/// <summary>The documents that follow from others are data (follow-ups.json): offered by the office's level, pre-filled
/// from the source as the file says, and a file naming what the model has not is refused when it loads.</summary>
public sealed class FollowUpRulesTests
{
    [Fact]
    public void ADistrictWithdrawalResolutionOffersItsNoticeAndItsHandoverLetter()
    {
        var resolution = ExampleActs.Load<WithdrawalResolution>(ActLanguage.Kk);

        var offered = FollowUpRules.Default.Offered(resolution, ActPolicy.Default);

        Assert.Equal([ActKind.WithdrawalNotice, ActKind.HandoverLetter], offered.Select(rule => rule.Kind));
        Assert.All(offered, rule => Assert.Contains("p. 9", rule.Basis, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(OfficeLevel.Regional)]
    [InlineData(OfficeLevel.General)]
    public void AboveTheDistrictNobodyIsNotifiedSoOnlyTheLetterIsOffered(OfficeLevel level)
    {
        var resolution = ExampleActs.Load<WithdrawalResolution>(ActLanguage.Ru);

        var offered = FollowUpRules.Default.Offered(resolution with { Office = resolution.Office! with { Level = level } }, ActPolicy.Default);

        Assert.Equal([ActKind.HandoverLetter], offered.Select(rule => rule.Kind));
    }

    [Fact]
    public void AnActWithoutFollowUpsOffersNone() =>
        Assert.Empty(FollowUpRules.Default.Offered(ExampleActs.Load<Order>(ActLanguage.Kk), ActPolicy.Default));

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void TheNoticeMadeFromTheResolutionIsTheExampleOnceTheDrafterAddsHisParts(ActLanguage language)
    {
        var resolution = ExampleActs.Load<WithdrawalResolution>(language);
        var example = ExampleActs.Load<WithdrawalNotice>(language);

        var made = (WithdrawalNotice)FollowUpDraft.From(resolution, FollowUpRules.Default.Find(ActKind.WithdrawalResolution, ActKind.WithdrawalNotice)!);

        Assert.Null(made.Number);
        Assert.Null(made.Addressee);
        var completed = made with { Number = example.Number, Date = example.Date, Addressee = example.Addressee, Attachments = example.Attachments };
        Assert.Equal(ActJson.Serialize(example), ActJson.Serialize(completed));
        Assert.Empty(ActValidator.Default.Validate(completed).Errors);
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void TheLetterMadeFromTheResolutionNamesItAndTheDocument(ActLanguage language)
    {
        var resolution = ExampleActs.Load<WithdrawalResolution>(language);
        var example = ExampleActs.Load<HandoverLetter>(language);

        var made = (HandoverLetter)FollowUpDraft.From(resolution, FollowUpRules.Default.Find(ActKind.WithdrawalResolution, ActKind.HandoverLetter)!);

        var completed = made with { Number = example.Number, Date = example.Date, Addressee = example.Addressee, Attachments = example.Attachments, ReplyBy = example.ReplyBy };
        Assert.Equal(ActJson.Serialize(example), ActJson.Serialize(completed));
    }

    [Fact]
    public void ARuleForAnotherKindIsNotAppliedToTheSource()
    {
        var rule = FollowUpRules.Default.Find(ActKind.WithdrawalResolution, ActKind.WithdrawalNotice)!;

        Assert.Throws<ArgumentException>(() => FollowUpDraft.From(ExampleActs.Load<Order>(ActLanguage.Kk), rule));
    }

    [Theory]
    [InlineData("""{ "about": "", "followUps": { "withdrawal-resolutions": [] } }""", "unknown kind of act 'withdrawal-resolutions'")]
    [InlineData("""{ "about": "", "followUps": { "withdrawal-resolution": [ { "kind": "withdrawal-notice", "source": "p. 9", "copy": { "regionalProsecutor": "regionalProsecutor" } } ] } }""", "'regionalProsecutor' is not a field of withdrawal-notice")]
    [InlineData("""{ "about": "", "followUps": { "withdrawal-resolution": [ { "kind": "withdrawal-notice", "source": "p. 9", "copy": { "withdrawalResolution.number": "date" } } ] } }""", "'withdrawalResolution.number' (String) cannot take 'date' (DateOnly)")]
    [InlineData("""{ "about": "", "followUps": { "withdrawal-resolution": [ { "kind": "handover-letter", "source": " ", "copy": {} } ] } }""", "followUps.withdrawal-resolution[0]: no source")]
    public void AFileNamingWhatTheModelHasNotIsRefusedSayingWhere(string json, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() => FollowUpRules.Parse(json, "follow-ups.json"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
