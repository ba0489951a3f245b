namespace Supervision.Acts;

/// <summary>
/// Resolution withdrawing an executive document from a private bailiff and passing it to a state
/// bailiff (p. 9, art. 25 of the Enforcement Law), where violations may harm rights or the functioning
/// of bodies that support people's lives. It is a resolution, not a letter: it has no addressee; the
/// private bailiff, the parties and the department receive copies, and district and city prosecutors
/// notify the regional prosecutor at once.
/// </summary>
public sealed record WithdrawalResolution() : Act(ActKind.WithdrawalResolution)
{
    /// <summary>The private bailiff the document is withdrawn from, in the genitive as printed
    /// ("Ақмола облысының атқарушылық округінің жеке сот орындаушысы Т.С. Бекмұрзиннің",
    /// "исполнительного округа Акмолинской области Бекмұрзина Т.С.").</summary>
    [Mandatory] public string? PrivateBailiff { get; init; }

    /// <summary>What the check established (АНЫҚТАДЫМ / УСТАНОВИЛ).</summary>
    [Mandatory, Prose] public string? Findings { get; init; }

    /// <summary>The violations of the private bailiff.</summary>
    [Mandatory, Prose] public IReadOnlyList<string>? Violations { get; init; }

    /// <summary>The harm the violations may cause: to rights and freedoms, protected interests, or
    /// the functioning of bodies that support people's lives.</summary>
    [Mandatory, Prose] public string? Harm { get; init; }

    /// <summary>The norms violated.</summary>
    [Mandatory, Prose] public IReadOnlyList<string>? ViolatedNorms { get; init; }

    /// <summary>The territorial department whose state bailiff receives the document, in the dative as
    /// printed ("Алматы қаласы Бостандық аудандық сот орындаушылары бөліміне").</summary>
    [Mandatory] public string? TransferTo { get; init; }

    /// <summary>The date by which the private bailiff hands the document over with the enforcement file;
    /// after the act date. A field, not a fixed term, because the seed and the Law set none.</summary>
    [Mandatory] public DateOnly? Deadline { get; init; }

    /// <summary>The regional prosecutor a district or city prosecutor notifies at once (p. 9), as printed
    /// in the notice: Kazakh nominative ("Ақмола облысының прокуроры"), Russian accusative ("прокурора
    /// Акмолинской области"). Required at district level, not applicable above it.</summary>
    public string? RegionalProsecutor { get; init; }

    /// <summary>Further orders of the resolution (the money on the bailiff's control account, ...), each
    /// printed as a numbered point after the hand-over.</summary>
    [Prose] public IReadOnlyList<string>? Demands { get; init; }
}
