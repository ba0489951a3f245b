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

    /// <summary>Notice to the regional prosecutor of a withdrawal resolution, p. 9 (атқарушылық құжатты алып қою
    /// туралы хабарлама / уведомление об изъятии исполнительного документа); district level only.</summary>
    [JsonStringEnumMemberName("withdrawal-notice")] WithdrawalNotice,

    /// <summary>Letter passing a withdrawn executive document to the justice body or the regional chamber of
    /// private bailiffs, p. 9 (атқарушылық құжатты беру туралы ілеспе хат / сопроводительное письмо о передаче
    /// исполнительного документа).</summary>
    [JsonStringEnumMemberName("handover-letter")] HandoverLetter,
}
