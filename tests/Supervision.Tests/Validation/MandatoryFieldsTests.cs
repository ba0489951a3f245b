using Supervision.Acts;
using static Supervision.Tests.Validation.Rejections;

namespace Supervision.Tests.Validation;

public sealed class MandatoryFieldsTests
{
    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void AMissingSignatoryPositionIsRequiredWithItsPath(ActLanguage language)
    {
        var act = ExampleActs.Load<Instruction>(language);

        var error = AssertRejected(act with { Signatory = act.Signatory! with { Position = null } }, "signatory.position", "required");

        Assert.Equal(
            language == ActLanguage.Kk ? "«Қол қоюшының лауазымы» толтырылуы тиіс." : "Не заполнено поле «Должность подписывающего».",
            error.Message);
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void BlankTextsAndEmptyListsCountAsMissing(ActLanguage language)
    {
        var act = ExampleActs.Load<Instruction>(language) with { Findings = "   ", Demands = [] };

        AssertRejected(act, "findings", "required");
        AssertRejected(act, "demands", "required");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void ABlankItemOfAListIsRequiredAtItsIndex(ActLanguage language)
    {
        var act = ExampleActs.Load<Order>(language);

        AssertRejected(act with { Violations = [act.Violations![0], ""] }, "violations[1]", "required");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void AMissingNestedFieldIsRequiredWithItsFullPath(ActLanguage language)
    {
        var act = ExampleActs.Load<Protest>(language);
        var proceeding = act.Proceeding!;

        AssertRejected(
            act with { Proceeding = proceeding with { ExecutiveDocument = proceeding.ExecutiveDocument! with { Issuer = null } } },
            "proceeding.executiveDocument.issuer",
            "required");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void EachKindHasItsOwnMandatorySections(ActLanguage language)
    {
        AssertRejected(ExampleActs.Load<Instruction>(language) with { Deadline = null }, "deadline", "required");
        AssertRejected(ExampleActs.Load<Order>(language) with { Harm = null }, "harm", "required");
        AssertRejected(ExampleActs.Load<Submission>(language) with { Causes = null }, "causes", "required");
        AssertRejected(ExampleActs.Load<Submission>(language) with { ConsiderationDays = null }, "considerationDays", "required");
        AssertRejected(ExampleActs.Load<Protest>(language) with { ContestedResolution = null }, "contestedResolution", "required");
        AssertRejected(ExampleActs.Load<Conclusion>(language) with { EvidenceAssessment = null }, "evidenceAssessment", "required");
        AssertRejected(ExampleActs.Load<Conclusion>(language) with { CourtCosts = null }, "courtCosts", "required");
        AssertRejected(ExampleActs.Load<ReviewConclusion>(language) with { StudiedOn = null }, "studiedOn", "required");
        AssertRejected(ExampleActs.Load<ReviewConclusion>(language) with { CriminalReferral = null }, "criminalReferral", "required");
        AssertRejected(ExampleActs.Load<WithdrawalResolution>(language) with { TransferTo = null }, "transferTo", "required");
        AssertRejected(ExampleActs.Load<HigherProtestProposal>(language) with { AppealProtest = null }, "appealProtest", "required");
        AssertRejected(ExampleActs.Load<ApplicantReply>(language) with { ComplaintDate = null }, "complaintDate", "required");
        AssertRejected(ExampleActs.Load<ApplicantReply>(language) with { Findings = " " }, "findings", "required");
        AssertRejected(ExampleActs.Load<ApplicantReply>(language) with { Conclusion = null }, "conclusion", "required");
        AssertRejected(ExampleActs.Load<ApplicantReply>(language) with { Proceeding = null }, "proceeding", "required");
        AssertRejected(ExampleActs.Load<FileRequest>(language) with { Reason = null }, "reason", "required");
        AssertRejected(ExampleActs.Load<FileRequest>(language) with { Proceeding = null }, "proceeding", "required");
        AssertRejected(ExampleActs.Load<FileReturnLetter>(language) with { ReceivedOn = null }, "receivedOn", "required");
        AssertRejected(ExampleActs.Load<FileReturnLetter>(language) with { Sheets = null }, "sheets", "required");
        AssertRejected(ExampleActs.Load<FileReturnLetter>(language) with { Volumes = null }, "volumes", "required");
        AssertRejected(ExampleActs.Load<CheckReport>(language) with { CheckEnd = null }, "checkEnd", "required");
        AssertRejected(ExampleActs.Load<CheckReport>(language) with { Objects = [] }, "objects", "required");
        AssertRejected(ExampleActs.Load<CheckReport>(language) with { Acts = null }, "acts", "required");
        AssertRejected(ExampleActs.Load<QuarterlyAnalysis>(language) with { Quarter = null }, "quarter", "required");
        AssertRejected(ExampleActs.Load<QuarterlyAnalysis>(language) with { LegalityState = " " }, "legalityState", "required");
        AssertRejected(ExampleActs.Load<AnnualSummary>(language) with { Year = null }, "year", "required");
        AssertRejected(ExampleActs.Load<AnnualSummary>(language) with { StateRevenueFigures = null }, "stateRevenueFigures", "required");
        AssertRejected(ExampleActs.Load<AnnualSummary>(language) with { Proposals = [] }, "proposals", "required");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void EveryOneOfTheSevenSectionsOfAConclusionIsRequired(ActLanguage language)
    {
        var act = ExampleActs.Load<Conclusion>(language);

        AssertRejected(act with { CaseName = null }, "caseName", "required");
        AssertRejected(act with { Parties = null }, "parties", "required");
        AssertRejected(act with { Claims = null }, "claims", "required");
        AssertRejected(act with { PlaintiffArguments = null }, "plaintiffArguments", "required");
        AssertRejected(act with { DefendantArguments = null }, "defendantArguments", "required");
        AssertRejected(act with { EvidenceAssessment = null }, "evidenceAssessment", "required");
        AssertRejected(act with { ApplicableNorms = [] }, "applicableNorms", "required");
        AssertRejected(act with { Opinion = null }, "opinion", "required");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void AppealAndCassationConclusionsNeedTheReviewSections(ActLanguage language)
    {
        foreach (var instance in new[] { ConclusionInstance.Appeal, ConclusionInstance.Cassation })
        {
            var act = ExampleActs.Load<Conclusion>(language, instance);

            AssertRejected(act with { Panel = null }, "panel", "required");
            AssertRejected(act with { ReviewedActs = null }, "reviewedActs", "required");
            AssertRejected(act with { ParticipatingProsecutors = [] }, "participatingProsecutors", "required");
            AssertRejected(act with { ComplainantArguments = " " }, "complainantArguments", "required");
            AssertRejected(act with { StudyResults = null }, "studyResults", "required");
            AssertRejected(act with { ComplaintFindings = null }, "complaintFindings", "required");
        }
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void AFirstInstanceConclusionDoesNotSilentlyCarryReviewSections(ActLanguage language)
    {
        var act = ExampleActs.Load<Conclusion>(language) with { StudyResults = language == ActLanguage.Kk ? "Іс зерделенді." : "Дело изучено." };

        AssertRejected(act, "studyResults", "not-applicable");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void PartsRequiredByKindAreRequired(ActLanguage language)
    {
        AssertRejected(ExampleActs.Load<Instruction>(language) with { Addressee = null }, "addressee", "required");
        AssertRejected(ExampleActs.Load<Instruction>(language) with { Proceeding = null }, "proceeding", "required");
        AssertRejected(ExampleActs.Load<HigherProtestProposal>(language) with { Attachments = null }, "attachments", "required");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void AReviewConclusionGoesToNobody(ActLanguage language)
    {
        var addressee = ExampleActs.Load<Instruction>(language).Addressee;

        AssertRejected(ExampleActs.Load<ReviewConclusion>(language) with { Addressee = addressee }, "addressee", "not-applicable");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void OptionalPartsMayBeLeftOut(ActLanguage language)
    {
        AssertValid(ExampleActs.Load<Submission>(language) with { Proceeding = null });
        AssertValid(ExampleActs.Load<Instruction>(language) with { Attachments = null, ViolatedNorms = null });
        AssertValid(ExampleActs.Load<Protest>(language) with { ConsiderationDays = null });
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void EveryErrorIsReportedAtOnce(ActLanguage language)
    {
        var act = ExampleActs.Load<Instruction>(language);
        var broken = act with { Number = null, Place = "", Executor = act.Executor! with { Phone = null } };

        var errors = Supervision.Validation.ActValidator.Default.Validate(broken).Errors;

        Assert.Equal(["number", "place", "executor.phone"], errors.Select(e => e.Path));
    }
}
