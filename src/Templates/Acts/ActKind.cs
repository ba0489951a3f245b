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
}
