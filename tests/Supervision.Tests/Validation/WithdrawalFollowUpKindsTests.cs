using Supervision.Acts;
using Supervision.Validation;
using static Supervision.Tests.Validation.Rejections;

namespace Supervision.Tests.Validation;

/// <summary>
/// The notice of a withdrawal and the hand-over letter (p. 9, last part): only a district office notifies the
/// regional prosecutor; the notice goes to him and the letter to the justice body or the chamber; both name the
/// resolution they follow, made before them and after the proceeding was opened.
/// </summary>
public sealed class WithdrawalFollowUpKindsTests
{
    [Theory]
    [InlineData(ActLanguage.Kk, OfficeLevel.Regional,
        "Атқарушылық құжатты алып қою туралы хабарлама облыс прокурорына тек аудандардың, қалалардың және оларға теңестірілген прокурорлары жібереді (Нұсқаулықтың 9-тармағы); облыс деңгейіндегі прокуратурада ол жасалмайды: алып қоюдың заңдылығы мен негізділігін облыс прокурорының өзі тексереді.")]
    [InlineData(ActLanguage.Ru, OfficeLevel.General,
        "Уведомление об изъятии исполнительного документа направляют прокурору области только районные, городские и приравненные к ним прокуроры (п. 9 Инструкции); в Генеральной прокуратуре оно не составляется: законность и обоснованность изъятия проверяет сам прокурор области.")]
    public void ANoticeFromAboveTheDistrictIsRefusedSayingWhoSendsIt(ActLanguage language, OfficeLevel level, string expected)
    {
        var act = ExampleActs.Load<WithdrawalNotice>(language);
        var moved = act with
        {
            Office = act.Office! with { Level = level },
            Signatory = act.Signatory! with { Position = SignatoryPosition.Head, Title = Titles.For(SignatoryPosition.Head, language) },
        };

        var error = AssertRejected(moved, "signatory.position", ValidationCodes.SignatoryNotAuthorized);

        Assert.Equal(expected, error.Message);
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void AHandoverLetterMayComeFromEveryLevelThatMayWithdraw(ActLanguage language)
    {
        var act = ExampleActs.Load<HandoverLetter>(language);

        foreach (var level in Enum.GetValues<OfficeLevel>())
        {
            AssertNotRejectedFor(act with { Office = act.Office! with { Level = level } }, ValidationCodes.SignatoryNotAuthorized);
        }
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void TheNoticeGoesOnlyToTheSuperiorProsecutorAndTheLetterNotToABailiff(ActLanguage language)
    {
        var notice = ExampleActs.Load<WithdrawalNotice>(language);
        AssertRejected(notice with { Addressee = notice.Addressee! with { Kind = AddresseeKind.PrivateBailiff } }, "addressee.kind", "addressee-not-allowed");
        AssertRejected(notice with { Addressee = null }, "addressee", "required");

        var letter = ExampleActs.Load<HandoverLetter>(language);
        AssertRejected(letter with { Addressee = letter.Addressee! with { Kind = AddresseeKind.PrivateBailiff } }, "addressee.kind", "addressee-not-allowed");
        AssertRejected(letter with { Addressee = letter.Addressee! with { Kind = AddresseeKind.StateBailiff } }, "addressee.kind", "addressee-not-allowed");
        AssertValid(letter with { Addressee = letter.Addressee! with { Kind = AddresseeKind.ChamberHead } });
        AssertValid(letter with { Addressee = letter.Addressee! with { Kind = AddresseeKind.JusticeBody } });
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void TheNoticeMustSayWhichResolutionFromWhomWhyAndToWhom(ActLanguage language)
    {
        var act = ExampleActs.Load<WithdrawalNotice>(language);

        AssertRejected(act with { WithdrawalResolution = null }, "withdrawalResolution", "required");
        AssertRejected(act with { WithdrawalResolution = act.WithdrawalResolution! with { Number = " " } }, "withdrawalResolution.number", "required");
        AssertRejected(act with { WithdrawalResolution = act.WithdrawalResolution! with { Date = null } }, "withdrawalResolution.date", "required");
        AssertRejected(act with { PrivateBailiff = null }, "privateBailiff", "required");
        AssertRejected(act with { Violations = [] }, "violations", "required");
        AssertRejected(act with { Harm = "" }, "harm", "required");
        AssertRejected(act with { TransferTo = null }, "transferTo", "required");
        AssertRejected(act with { Proceeding = null }, "proceeding", "required");
        AssertRejected(act with { Attachments = null }, "attachments", "required");
        AssertValid(act with { Deadline = null });
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void TheLetterMustNameTheResolutionTheBailiffAndWhatItPasses(ActLanguage language)
    {
        var act = ExampleActs.Load<HandoverLetter>(language);

        AssertRejected(act with { WithdrawalResolution = null }, "withdrawalResolution", "required");
        AssertRejected(act with { PrivateBailiff = " " }, "privateBailiff", "required");
        AssertRejected(act with { Proceeding = null }, "proceeding", "required");
        AssertRejected(act with { Attachments = [] }, "attachments", "required");
        AssertValid(act with { ReplyBy = null });
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void TheResolutionComesAfterTheProceedingAndNotAfterTheActThatFollowsIt(ActLanguage language)
    {
        var act = ExampleActs.Load<WithdrawalNotice>(language);

        var later = act with { WithdrawalResolution = act.WithdrawalResolution! with { Date = act.Date!.Value.AddDays(1) } };
        AssertRejected(later, "withdrawalResolution.date", ValidationCodes.DateOrder);

        var beforeProceeding = act with { WithdrawalResolution = act.WithdrawalResolution! with { Date = act.Proceeding!.Date!.Value.AddDays(-1) } };
        AssertRejected(beforeProceeding, "withdrawalResolution.date", ValidationCodes.DateOrder);

        var letter = ExampleActs.Load<HandoverLetter>(language);
        AssertRejected(letter with { WithdrawalResolution = letter.WithdrawalResolution! with { Date = letter.Date!.Value.AddDays(1) } }, "withdrawalResolution.date", ValidationCodes.DateOrder);
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void TheHandOverDateAndTheReplyDateComeAfterWhatTheyFollow(ActLanguage language)
    {
        var notice = ExampleActs.Load<WithdrawalNotice>(language);
        var error = AssertRejected(notice with { Deadline = notice.WithdrawalResolution!.Date }, "deadline", ValidationCodes.DateOrder);
        Assert.Contains("24.09.2025", error.Message, StringComparison.Ordinal);

        var letter = ExampleActs.Load<HandoverLetter>(language);
        AssertRejected(letter with { ReplyBy = letter.Date }, "replyBy", ValidationCodes.DateOrder);
        AssertValid(letter with { ReplyBy = letter.Date!.Value.AddDays(1) });
    }
}
