using System.Text.Json.Serialization;

namespace Supervision.Acts;

/// <summary>The kinds of prosecutorial act the product writes (domain brief, "The acts").</summary>
public enum ActKind
{
    /// <summary>Written instruction, art. 22 of the Law "On the Prosecutor's Office" (жазбаша нұсқау / письменное указание).</summary>
    [JsonStringEnumMemberName("instruction")] Instruction,

    /// <summary>Order to eliminate a violation of law, art. 24 (ұйғарым / предписание).</summary>
    [JsonStringEnumMemberName("order")] Order,

    /// <summary>Submission on eliminating violations of law, art. 25 (ұсыным / представление).</summary>
    [JsonStringEnumMemberName("submission")] Submission,

    /// <summary>Protest against an unlawful resolution of a bailiff, art. 19 (наразылық / протест).</summary>
    [JsonStringEnumMemberName("protest")] Protest,

    /// <summary>Prosecutor's conclusion in a civil case, p. 6 and p. 14 (прокурордың қорытындысы / заключение прокурора).</summary>
    [JsonStringEnumMemberName("conclusion")] Conclusion,

    /// <summary>Conclusion on the study of an enforcement file, p. 8.</summary>
    [JsonStringEnumMemberName("review-conclusion")] ReviewConclusion,

    /// <summary>Resolution withdrawing an executive document from a private bailiff, p. 9.</summary>
    [JsonStringEnumMemberName("withdrawal-resolution")] WithdrawalResolution,

    /// <summary>Proposal to the superior prosecutor to protest to a higher court, p. 7.</summary>
    [JsonStringEnumMemberName("higher-protest-proposal")] HigherProtestProposal,

    /// <summary>Reasoned reply to the applicant after the study of an enforcement file, p. 8 (арыз иесіне жауап / ответ заявителю).</summary>
    [JsonStringEnumMemberName("applicant-reply")] ApplicantReply,

    /// <summary>Request for an enforcement file (or a court case), p. 8 and art. 25 p. 2 of the Enforcement Law
    /// (атқарушылық іс жүргізуді талап ету туралы сұрау салу / запрос об истребовании исполнительного производства).</summary>
    [JsonStringEnumMemberName("file-request")] FileRequest,

    /// <summary>Covering letter returning a studied file, p. 8 (атқарушылық іс жүргізуді қайтару туралы ілеспе хат /
    /// сопроводительное письмо о возвращении исполнительного производства).</summary>
    [JsonStringEnumMemberName("file-return-letter")] FileReturnLetter,
}
