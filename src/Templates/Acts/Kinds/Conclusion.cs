namespace Supervision.Acts;

/// <summary>
/// A prosecutor's written conclusion in a civil case (p. 6, p. 14), approved by the superior prosecutor
/// or a deputy. The first seven sections are always there; appeal and cassation conclusions add the
/// review sections. Only the motivating and resolutive parts go to the first-instance court.
/// </summary>
public sealed record Conclusion() : Act(ActKind.Conclusion), IApprovedAct
{
    /// <summary>The instance the conclusion is given in.</summary>
    [Mandatory] public ConclusionInstance? Instance { get; init; }

    /// <summary>The court's case number, where assigned.</summary>
    public string? CaseNumber { get; init; }

    /// <summary>1. The name of the case (істің атауы / наименование дела).</summary>
    [Mandatory, Prose] public string? CaseName { get; init; }

    /// <summary>2. The parties (тараптар / стороны).</summary>
    [Mandatory] public CaseParties? Parties { get; init; }

    /// <summary>3. The essence of the claims (мәлімделген талаптардың мәні / суть заявленных требований).</summary>
    [Mandatory, Prose] public string? Claims { get; init; }

    /// <summary>4a. The circumstances the plaintiff relies on.</summary>
    [Mandatory, Prose] public string? PlaintiffArguments { get; init; }

    /// <summary>4b. The circumstances the defendant relies on.</summary>
    [Mandatory, Prose] public string? DefendantArguments { get; init; }

    /// <summary>5. The prosecutor's opinion on the evidence: relevance, admissibility, reliability, sufficiency.</summary>
    [Mandatory, Prose] public string? EvidenceAssessment { get; init; }

    /// <summary>6. The norms of substantive and procedural law to apply.</summary>
    [Mandatory, Prose] public IReadOnlyList<string>? ApplicableNorms { get; init; }

    /// <summary>7a. The prosecutor's conclusion on the merits of the claims.</summary>
    [Mandatory, Prose] public string? Opinion { get; init; }

    /// <summary>7b. The prosecutor's conclusion on the allocation of court costs.</summary>
    [Mandatory, Prose] public string? CourtCosts { get; init; }

    /// <summary>Appeal and cassation: the judge-rapporteur and the panel.</summary>
    public CourtPanel? Panel { get; init; }

    /// <summary>Appeal and cassation: the content of the court acts under review and the court's position.</summary>
    [Prose] public string? ReviewedActs { get; init; }

    /// <summary>Appeal and cassation: the prosecutors who took part and a summary of their conclusions.</summary>
    public IReadOnlyList<ProsecutorOpinion>? ParticipatingProsecutors { get; init; }

    /// <summary>Appeal and cassation: the arguments of the author of the complaint (petition).</summary>
    [Prose] public string? ComplainantArguments { get; init; }

    /// <summary>Appeal and cassation: the results of the study of the case.</summary>
    [Prose] public string? StudyResults { get; init; }

    /// <summary>Appeal and cassation: the findings on the merits of the complaint.</summary>
    [Prose] public string? ComplaintFindings { get; init; }

    /// <summary>The superior prosecutor or deputy who approves the conclusion (БЕКІТЕМІН / УТВЕРЖДАЮ).</summary>
    [Mandatory] public Signatory? Approver { get; init; }
}
