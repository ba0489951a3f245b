using Supervision.Acts;
using static Supervision.Tests.Validation.Rejections;

namespace Supervision.Tests.Validation;

public sealed class AuthorityTests
{
    [Fact]
    public void ADeputyOfADistrictProsecutorMayNotSignAnOrderAndIsToldWhoMay()
    {
        var act = ExampleActs.Load<Order>(ActLanguage.Kk);
        var signed = act with
        {
            Office = act.Office! with { Level = OfficeLevel.District },
            Signatory = act.Signatory! with { Position = SignatoryPosition.Deputy, Title = "Екібастұз қаласы прокурорының орынбасары" },
        };

        var error = AssertRejected(signed, "signatory.position", "signatory-not-authorized");

        Assert.Equal(
            "Аудан деңгейіндегі прокуратурада «заң бұзушылықты жою туралы ұйғарым» актісіне орынбасар қол қоя алмайды. "
            + "Қол қоюға құқылы: прокуратураның бірінші басшысы, бірінші басшының міндетін атқарушы.",
            error.Message);
    }

    [Fact]
    public void InRussianTheSameRefusalReadsAsRussianProse()
    {
        var act = ExampleActs.Load<Submission>(ActLanguage.Ru);
        var signed = act with
        {
            Office = act.Office! with { Level = OfficeLevel.District },
            Signatory = act.Signatory! with { Position = SignatoryPosition.Assistant, Title = "Помощник прокурора района" },
        };

        var error = AssertRejected(signed, "signatory.position", "signatory-not-authorized");

        Assert.Equal(
            "В прокуратуре районного уровня помощник прокурора не вправе подписывать акт «представление об устранении нарушений закона». "
            + "Вправе подписать: прокурор (первый руководитель), исполняющий обязанности прокурора.",
            error.Message);
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void ACassationConclusionIsNotMadeByARegionalOffice(ActLanguage language)
    {
        var act = ExampleActs.Load<Conclusion>(language, ConclusionInstance.Cassation);

        var moved = act with { Office = act.Office! with { Level = OfficeLevel.Regional } };

        AssertRejected(moved, "signatory.position", "signatory-not-authorized");
        AssertRejected(moved, "approver.position", "approver-not-authorized");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void APrintedTitleMustAgreeWithThePosition(ActLanguage language)
    {
        var act = ExampleActs.Load<Instruction>(language);
        var headTitle = Titles.For(SignatoryPosition.Head, language);

        AssertRejected(
            act with { Signatory = act.Signatory! with { Position = SignatoryPosition.Deputy, Title = headTitle } },
            "signatory.title",
            "signatory-title-mismatch");
        AssertRejected(
            act with { Signatory = act.Signatory! with { Position = SignatoryPosition.Head, Title = Titles.For(SignatoryPosition.Deputy, language) } },
            "signatory.title",
            "signatory-title-mismatch");
        AssertRejected(
            act with { Signatory = act.Signatory! with { Position = SignatoryPosition.Deputy, Title = Titles.For(SignatoryPosition.FirstDeputy, language) } },
            "signatory.title",
            "signatory-title-mismatch");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void AnApproversTitleMustAgreeWithHisPositionToo(ActLanguage language)
    {
        var act = ExampleActs.Load<Conclusion>(language);

        AssertRejected(
            act with { Approver = act.Approver! with { Position = SignatoryPosition.Deputy, Title = Titles.For(SignatoryPosition.Head, language) } },
            "approver.title",
            "signatory-title-mismatch");
    }

    [Theory]
    [InlineData(ActLanguage.Ru, "За прокурора Бостандыкского района")]
    [InlineData(ActLanguage.Ru, "Прокурор района / заместитель прокурора")]
    [InlineData(ActLanguage.Kk, "Бостандық ауданының прокуроры үшін")]
    public void NobodySignsForAnotherOrWithASlash(ActLanguage language, string title)
    {
        var act = ExampleActs.Load<Instruction>(language);

        AssertRejected(
            act with { Signatory = act.Signatory! with { Position = SignatoryPosition.Head, Title = title } },
            "signatory.title",
            "signing-for-another");
    }

    [Theory]
    [InlineData(ActLanguage.Ru, "Прокурор отдела по надзору за законностью исполнительного производства")]
    [InlineData(ActLanguage.Kk, "Атқарушылық іс жүргізудің заңдылығын қадағалау бөлімінің прокуроры")]
    public void TheWordForInsideATitleIsNotSigningForAnother(ActLanguage language, string title)
    {
        var act = ExampleActs.Load<Conclusion>(language);

        AssertNotRejectedFor(
            act with { Signatory = act.Signatory! with { Position = SignatoryPosition.SeniorAssistant, Title = title } },
            "signing-for-another");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void EachActGoesOnlyToTheAddresseesTheLawNames(ActLanguage language)
    {
        var protest = ExampleActs.Load<Protest>(language);
        AssertRejected(protest with { Addressee = protest.Addressee! with { Kind = AddresseeKind.StateBailiff } }, "addressee.kind", "addressee-not-allowed");

        var submission = ExampleActs.Load<Submission>(language);
        AssertRejected(submission with { Addressee = submission.Addressee! with { Kind = AddresseeKind.PrivateBailiff } }, "addressee.kind", "addressee-not-allowed");

        var instruction = ExampleActs.Load<Instruction>(language);
        AssertRejected(instruction with { Addressee = instruction.Addressee! with { Kind = AddresseeKind.JusticeBody } }, "addressee.kind", "addressee-not-allowed");

        var conclusion = ExampleActs.Load<Conclusion>(language);
        AssertRejected(conclusion with { Addressee = conclusion.Addressee! with { Kind = AddresseeKind.SuperiorProsecutor } }, "addressee.kind", "addressee-not-allowed");

        var reply = ExampleActs.Load<ApplicantReply>(language);
        AssertRejected(reply with { Addressee = reply.Addressee! with { Kind = AddresseeKind.PrivateBailiff } }, "addressee.kind", "addressee-not-allowed");
        AssertRejected(reply with { Addressee = null }, "addressee", "required");

        // A state bailiff's file is asked of the head of his department, not of the bailiff himself (p. 8).
        var request = ExampleActs.Load<FileRequest>(language);
        AssertRejected(request with { Addressee = request.Addressee! with { Kind = AddresseeKind.StateBailiff } }, "addressee.kind", "addressee-not-allowed");

        var letter = ExampleActs.Load<FileReturnLetter>(language);
        AssertRejected(letter with { Addressee = letter.Addressee! with { Kind = AddresseeKind.Applicant } }, "addressee.kind", "addressee-not-allowed");

        var petition = ExampleActs.Load<PrivateRulingPetition>(language);
        AssertRejected(petition with { Addressee = petition.Addressee! with { Kind = AddresseeKind.JusticeBody } }, "addressee.kind", "addressee-not-allowed");

        var report = ExampleActs.Load<ViolationReport>(language);
        AssertRejected(report with { Addressee = report.Addressee! with { Kind = AddresseeKind.Court } }, "addressee.kind", "addressee-not-allowed");

        var checkReport = ExampleActs.Load<CheckReport>(language);
        AssertRejected(checkReport with { Addressee = checkReport.Addressee! with { Kind = AddresseeKind.SuperiorProsecutor } }, "addressee.kind", "addressee-not-allowed");

        var analysis = ExampleActs.Load<QuarterlyAnalysis>(language);
        AssertRejected(analysis with { Addressee = analysis.Addressee! with { Kind = AddresseeKind.JusticeBody } }, "addressee.kind", "addressee-not-allowed");

        var summary = ExampleActs.Load<AnnualSummary>(language);
        AssertRejected(summary with { Addressee = null }, "addressee", "required");
    }

    [Theory]
    [InlineData("instruction", "department-head state-bailiff private-bailiff")]
    [InlineData("order", "justice-body department-head state-bailiff private-bailiff")]
    [InlineData("submission", "justice-body department-head chamber-head")]
    [InlineData("protest", "department-head private-bailiff")]
    [InlineData("conclusion", "court")]
    [InlineData("review-conclusion", "")]
    // A resolution is not a letter: copies go to the private bailiff and the parties (issue 11, finding f).
    [InlineData("withdrawal-resolution", "")]
    [InlineData("higher-protest-proposal", "superior-prosecutor")]
    // The reply goes to the applicant; the file is asked of whoever holds it and returned to whoever sent it (p. 8).
    [InlineData("applicant-reply", "applicant")]
    [InlineData("file-request", "department-head private-bailiff court")]
    [InlineData("file-return-letter", "department-head state-bailiff private-bailiff court")]
    // The appeal goes to the appeal court through the trial court, both named in its own fields (CPC art. 403).
    [InlineData("appeal-protest", "")]
    [InlineData("private-ruling-petition", "court")]
    [InlineData("violation-report", "superior-prosecutor")]
    // Regional prosecutors report to the General Prosecutor's Office (seed p. 11, 12).
    [InlineData("check-report", "general-prosecutors-office")]
    [InlineData("quarterly-analysis", "general-prosecutors-office")]
    [InlineData("annual-summary", "general-prosecutors-office")]
    // The notice goes to the regional prosecutor; the document passes through the justice body or the chamber (p. 9).
    [InlineData("withdrawal-notice", "superior-prosecutor")]
    [InlineData("handover-letter", "justice-body department-head chamber-head")]
    public void ThePolicyNamesTheAddresseesOfTheDomainBrief(string kindName, string expected)
    {
        Assert.True(EnumNames.TryParse<ActKind>(kindName, out var kind));

        var addressees = Supervision.Validation.ActValidator.Default.Policy.Addressees(kind).Select(EnumNames.Of);

        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries), addressees);
    }
}
