namespace Supervision.Acts;

/// <summary>
/// Proposal to the superior prosecutor to consider bringing a protest to the higher court and
/// requisitioning the case (p. 7), where the court left an appeal protest unsatisfied without grounds,
/// or the courts materially violated the law, or both. Copies of the supervision file, the enforcement
/// file and all court acts and protests are attached.
/// </summary>
public sealed record HigherProtestProposal() : Act(ActKind.HigherProtestProposal)
{
    /// <summary>The case, as printed after "материалы гражданского дела" / before "азаматтық істің".</summary>
    [Mandatory, Prose] public string? CaseName { get; init; }

    /// <summary>The court's case number.</summary>
    public string? CaseNumber { get; init; }

    /// <summary>The ground of p. 7 the proposal rests on.</summary>
    [Mandatory] public ProtestGround? Ground { get; init; }

    /// <summary>The court acts made in the case, each once, oldest first (the validator checks the order).</summary>
    [Mandatory] public IReadOnlyList<CourtAct>? CourtActs { get; init; }

    /// <summary>The appeal protest the court left unsatisfied: required where the ground is its rejection,
    /// not applicable otherwise.</summary>
    public AppealProtest? AppealProtest { get; init; }

    /// <summary>Why the court acts are unlawful: the material violations of substantive and procedural law,
    /// or why the appeal protest was rejected without grounds.</summary>
    [Mandatory, Prose] public IReadOnlyList<string>? Grounds { get; init; }

    /// <summary>The norms violated by the courts.</summary>
    [Mandatory, Prose] public IReadOnlyList<string>? ViolatedNorms { get; init; }

    /// <summary>The higher court the protest should go to, as printed: Russian dative after "в"
    /// ("в судебную коллегию по гражданским делам Верховного Суда Республики Казахстан"), Kazakh dative
    /// ("Қазақстан Республикасы Жоғарғы Сотының азаматтық істер жөніндегі сот алқасына").</summary>
    [Mandatory] public string? HigherCourt { get; init; }

    /// <summary>What the protest should ask the higher court for, as printed after "с просьбой" / before
    /// "туралы" ("отменить судебные акты и направить дело на новое рассмотрение").</summary>
    [Mandatory, Prose] public string? Requested { get; init; }
}
