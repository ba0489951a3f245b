namespace Supervision.Acts;

/// <summary>
/// Proposal to the superior prosecutor to bring a protest to the higher court and to requisition the
/// case (p. 7), where the court left an appeal protest unsatisfied without grounds or the courts
/// materially violated the law. Copies of the supervision file, the enforcement file and all court
/// acts and protests are attached.
/// </summary>
public sealed record HigherProtestProposal() : Act(ActKind.HigherProtestProposal)
{
    /// <summary>The case, as printed.</summary>
    [Mandatory, Prose] public string? CaseName { get; init; }

    /// <summary>The court's case number.</summary>
    public string? CaseNumber { get; init; }

    /// <summary>The court acts made in the case, oldest first.</summary>
    [Mandatory] public IReadOnlyList<CourtAct>? CourtActs { get; init; }

    /// <summary>The appeal protest left unsatisfied.</summary>
    [Mandatory] public AppealProtest? AppealProtest { get; init; }

    /// <summary>Why the court acts are unlawful: the material violations of substantive and procedural law.</summary>
    [Mandatory, Prose] public IReadOnlyList<string>? Grounds { get; init; }

    /// <summary>The norms violated by the courts.</summary>
    [Mandatory, Prose] public IReadOnlyList<string>? ViolatedNorms { get; init; }

    /// <summary>The higher court the protest should go to, in the dative as printed
    /// ("Қазақстан Республикасы Жоғарғы Сотының азаматтық істер жөніндегі сот алқасына").</summary>
    [Mandatory] public string? HigherCourt { get; init; }

    /// <summary>What the protest should ask the higher court for ("сот актілерінің күшін жойып, істі жаңадан
    /// қарауға жіберу"), where the prosecutor proposes it.</summary>
    [Prose] public string? Requested { get; init; }
}
