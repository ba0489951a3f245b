namespace Supervision.Acts;

/// <summary>Who the act goes to, printed bold in the upper right corner.</summary>
public sealed record Addressee
{
    /// <summary>What kind of addressee this is; which kinds an act may go to is policy.</summary>
    [Mandatory] public AddresseeKind? Kind { get; init; }

    /// <summary>The organisation, in the nominative, where one is printed ("Алматы қаласы Әділет департаменті").</summary>
    public string? Organization { get; init; }

    /// <summary>The position in the dative, as printed ("Бостандық аудандық сот орындаушылары бөлімінің басшысы – аға сот орындаушысына").</summary>
    [Mandatory] public string? Position { get; init; }

    /// <summary>Initials and surname in the dative, as printed ("Б.Қ. Сейітовке").</summary>
    [Mandatory] public string? Name { get; init; }

    /// <summary>The postal address, where the act is sent by post.</summary>
    public string? Address { get; init; }
}
