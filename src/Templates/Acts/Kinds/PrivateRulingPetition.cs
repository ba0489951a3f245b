namespace Supervision.Acts;

/// <summary>
/// The prosecutor's petition to the court, in a civil case he takes part in, to issue a private ruling on the
/// violations of law by officials of state bodies, individuals or legal entities found in the case (p. 6), so that
/// the bodies it is sent to eliminate them and their causes and consider the liability of the guilty.
/// It goes to the judge (or the panel) hearing the case.
/// </summary>
public sealed record PrivateRulingPetition() : Act(ActKind.PrivateRulingPetition)
{
    /// <summary>The court hearing the case, in the genitive as printed ("Сарыаркинского районного суда города
    /// Астаны", "Астана қаласы Сарыарқа аудандық сотының").</summary>
    [Mandatory] public string? Court { get; init; }

    /// <summary>The court's case number.</summary>
    [Mandatory] public string? CaseNumber { get; init; }

    /// <summary>The case, as printed after "гражданское дело №" and before "№ ... азаматтық іс".</summary>
    [Mandatory, Prose] public string? CaseName { get; init; }

    /// <summary>Who committed the violations, as printed: Russian instrumental after "допущенные" ("частным
    /// судебным исполнителем ... Қасымовой Ә.Б."), Kazakh nominative before "жол берген" ("... Ә.Б. Қасымова").</summary>
    [Mandatory] public string? Violators { get; init; }

    /// <summary>The violations of law found in the case.</summary>
    [Mandatory, Prose] public IReadOnlyList<string>? Violations { get; init; }

    /// <summary>The norms violated.</summary>
    [Mandatory, Prose] public IReadOnlyList<string>? ViolatedNorms { get; init; }

    /// <summary>The causes and conditions that contributed to the violations, where the case shows them.</summary>
    [Prose] public IReadOnlyList<string>? Causes { get; init; }

    /// <summary>Where the private ruling should be sent, each as printed: Russian after "направить его" ("в
    /// Департамент юстиции города Астаны"), Kazakh dative ("Астана қаласының Әділет департаментіне").</summary>
    [Mandatory] public IReadOnlyList<string>? SendTo { get; init; }
}
