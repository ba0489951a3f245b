namespace Supervision.Acts;

/// <summary>
/// Conclusion on the study of an enforcement file (p. 8): the file is studied within three working days
/// of its arrival; the prosecutor checks the enforcement actions, the collection of state duty and
/// enforcement sanction, administrative cases against the debtor and referrals to criminal prosecution.
/// Kept on file; the applicant gets a separate reply.
/// </summary>
public sealed record ReviewConclusion() : Act(ActKind.ReviewConclusion), IApprovedAct
{
    /// <summary>The date the enforcement file arrived at the office.</summary>
    [Mandatory] public DateOnly? ReceivedOn { get; init; }

    /// <summary>The date the study was finished: at most three working days after arrival.</summary>
    [Mandatory] public DateOnly? StudiedOn { get; init; }

    /// <summary>The applicant whose complaint led to the study, as printed.</summary>
    [Mandatory] public string? Applicant { get; init; }

    /// <summary>What the applicant complains of.</summary>
    [Mandatory, Prose] public string? Complaint { get; init; }

    /// <summary>Legality, timeliness and completeness of the enforcement actions.</summary>
    [Mandatory, Prose] public string? EnforcementActions { get; init; }

    /// <summary>Measures to collect the state duty and the enforcement sanction for the budget.</summary>
    [Mandatory, Prose] public string? StateDutyAndSanction { get; init; }

    /// <summary>Administrative cases against the debtor (art. 669 and ch. 33 of the Code of Administrative Offences).</summary>
    [Mandatory, Prose] public string? AdministrativeLiability { get; init; }

    /// <summary>Referral of materials to criminal prosecution against those who do not execute the court decision.</summary>
    [Mandatory, Prose] public string? CriminalReferral { get; init; }

    /// <summary>The reasoned conclusion: whether the complaint is founded and what follows.</summary>
    [Mandatory, Prose] public string? Resolution { get; init; }

    /// <summary>Who approves the conclusion: p. 8 has it approved and signed as the rules on complaints provide.</summary>
    [Mandatory] public Signatory? Approver { get; init; }
}
