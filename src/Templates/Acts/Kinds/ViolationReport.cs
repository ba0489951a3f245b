namespace Supervision.Acts;

/// <summary>
/// Written information to the superior prosecutor on the violations of law by officials of state bodies,
/// individuals or legal entities found in a civil case (p. 6): brought to his attention for an additional check,
/// for deciding on the liability of the guilty, and for eliminating the causes and conditions of the violations.
/// </summary>
public sealed record ViolationReport() : Act(ActKind.ViolationReport)
{
    /// <summary>The court hearing the case, in the genitive as printed ("Сарыаркинского районного суда города
    /// Астаны", "Астана қаласы Сарыарқа аудандық сотының").</summary>
    [Mandatory] public string? Court { get; init; }

    /// <summary>The court's case number.</summary>
    [Mandatory] public string? CaseNumber { get; init; }

    /// <summary>The case, as printed after "гражданского дела №" and before "№ ... азаматтық іс".</summary>
    [Mandatory, Prose] public string? CaseName { get; init; }

    /// <summary>Who committed the violations, as printed: Russian instrumental after "допущенные", Kazakh
    /// nominative before "жол берген".</summary>
    [Mandatory] public string? Violators { get; init; }

    /// <summary>The violations of law found in the case.</summary>
    [Mandatory, Prose] public IReadOnlyList<string>? Violations { get; init; }

    /// <summary>The norms violated.</summary>
    [Mandatory, Prose] public IReadOnlyList<string>? ViolatedNorms { get; init; }

    /// <summary>The causes and conditions that contributed to the violations, where the case shows them.</summary>
    [Prose] public IReadOnlyList<string>? Causes { get; init; }

    /// <summary>The day the prosecutor petitioned the court to issue a private ruling on these violations, where he did.</summary>
    public DateOnly? PetitionOn { get; init; }

    /// <summary>What the reporting prosecutor proposes beyond the check and the liability the report asks for.</summary>
    [Prose] public IReadOnlyList<string>? Proposals { get; init; }
}
