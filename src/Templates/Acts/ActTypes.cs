using System.Collections.Frozen;

namespace Supervision.Acts;

/// <summary>Which model type holds each kind of act.</summary>
public static class ActTypes
{
    private static readonly FrozenDictionary<ActKind, Type> TypeOf = new Dictionary<ActKind, Type>
    {
        [ActKind.Instruction] = typeof(Instruction),
        [ActKind.Order] = typeof(Order),
        [ActKind.Submission] = typeof(Submission),
        [ActKind.Protest] = typeof(Protest),
        [ActKind.Conclusion] = typeof(Conclusion),
        [ActKind.ReviewConclusion] = typeof(ReviewConclusion),
        [ActKind.WithdrawalResolution] = typeof(WithdrawalResolution),
        [ActKind.HigherProtestProposal] = typeof(HigherProtestProposal),
        [ActKind.ApplicantReply] = typeof(ApplicantReply),
        [ActKind.FileRequest] = typeof(FileRequest),
        [ActKind.FileReturnLetter] = typeof(FileReturnLetter),
        [ActKind.AppealProtest] = typeof(ProsecutorAppeal),
        [ActKind.PrivateRulingPetition] = typeof(PrivateRulingPetition),
        [ActKind.ViolationReport] = typeof(ViolationReport),
        [ActKind.CheckReport] = typeof(CheckReport),
        [ActKind.QuarterlyAnalysis] = typeof(QuarterlyAnalysis),
        [ActKind.AnnualSummary] = typeof(AnnualSummary),
        [ActKind.WithdrawalNotice] = typeof(WithdrawalNotice),
        [ActKind.HandoverLetter] = typeof(HandoverLetter),
    }.ToFrozenDictionary();

    /// <summary>The model type of a kind.</summary>
    public static Type Of(ActKind kind) => TypeOf[kind];
}
