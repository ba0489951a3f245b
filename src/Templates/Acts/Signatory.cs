namespace Supervision.Acts;

/// <summary>A prosecutor who signs or approves an act.</summary>
public sealed record Signatory
{
    /// <summary>The position within the office; who may sign what is policy data.</summary>
    [Mandatory] public SignatoryPosition? Position { get; init; }

    /// <summary>The position as printed above the signature, in the act's language
    /// ("Бостандық ауданының прокуроры"). It must agree with <see cref="Position"/>.</summary>
    [Mandatory] public string? Title { get; init; }

    /// <summary>The signatory's name.</summary>
    [Mandatory] public PersonName? Name { get; init; }

    /// <summary>The class rank, printed under the position.</summary>
    [Mandatory] public ClassRank? ClassRank { get; init; }
}
