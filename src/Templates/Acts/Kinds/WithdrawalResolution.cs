namespace Supervision.Acts;

/// <summary>
/// Resolution withdrawing an executive document from a private bailiff and passing it to a state
/// bailiff (p. 9, art. 25 of the Enforcement Law), where violations may harm rights or the functioning
/// of bodies that support people's lives. District and city prosecutors notify the regional prosecutor.
/// </summary>
public sealed record WithdrawalResolution() : Act(ActKind.WithdrawalResolution)
{
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

    /// <summary>Further orders of the resolution (handing over the file within a term, the money on the
    /// bailiff's control account, ...), each printed as a numbered point after the transfer.</summary>
    [Prose] public IReadOnlyList<string>? Demands { get; init; }
}
