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

    /// <summary>The prosecutor's appeal against a court act in a civil case on an enforcement dispute, p. 7 (Civil
    /// Procedure Code arts. 403, 404, 427): in the seed's frame an appeal protest (апелляциялық наразылық /
    /// апелляционный протест), since Law No. 91-VI of 11.07.2017 an appeal petition (апелляциялық өтінішхат /
    /// апелляционное ходатайство); the legal frame prints which.</summary>
    [JsonStringEnumMemberName("appeal-protest")] AppealProtest,

    /// <summary>Petition to the court to issue a private ruling on violations of law found in a civil case, p. 6
    /// (жеке ұйғарым шығару туралы өтінішхат / ходатайство о вынесении частного определения).</summary>
    [JsonStringEnumMemberName("private-ruling-petition")] PrivateRulingPetition,

    /// <summary>Written information to the superior prosecutor on violations of law found in a civil case, for an
    /// additional check and the liability of the guilty, p. 6 (заң бұзушылықтар туралы ақпарат / информация о
    /// нарушениях закона).</summary>
    [JsonStringEnumMemberName("violation-report")] ViolationReport,

    /// <summary>Information on the results of the annual check of the territorial departments of the authorised
    /// body and of private bailiffs, sent by a regional prosecutor to the General Prosecutor's Office, p. 11
    /// (тексеру қорытындылары туралы ақпарат / информация о результатах проверки).</summary>
    [JsonStringEnumMemberName("check-report")] CheckReport,

    /// <summary>Information on the quarterly analysis of the state of supervision and of legality in enforcement,
    /// sent by a regional prosecutor to the General Prosecutor's Office, p. 11
    /// (тоқсандық талдау қорытындылары туралы ақпарат / информация о результатах квартального анализа).</summary>
    [JsonStringEnumMemberName("quarterly-analysis")] QuarterlyAnalysis,

    /// <summary>Information on the annual generalisation of the execution of executive documents on recoveries for
    /// the state's revenue and of court acts on prosecutors' claims, p. 12
    /// (жылдық жинақтап қорытындылау нәтижелері туралы ақпарат / информация о результатах годового обобщения).</summary>
    [JsonStringEnumMemberName("annual-summary")] AnnualSummary,

    /// <summary>Notice to the regional prosecutor of a withdrawal resolution, p. 9 (атқарушылық құжатты алып қою
    /// туралы хабарлама / уведомление об изъятии исполнительного документа); district level only.</summary>
    [JsonStringEnumMemberName("withdrawal-notice")] WithdrawalNotice,

    /// <summary>Letter passing a withdrawn executive document to the justice body or the regional chamber of
    /// private bailiffs, p. 9 (атқарушылық құжатты беру туралы ілеспе хат / сопроводительное письмо о передаче
    /// исполнительного документа).</summary>
    [JsonStringEnumMemberName("handover-letter")] HandoverLetter,
}
