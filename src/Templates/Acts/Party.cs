namespace Supervision.Acts;

/// <summary>A creditor or debtor in an enforcement proceeding.</summary>
public sealed record Party
{
    /// <summary>Whether the party is a person, an entity or the state.</summary>
    [Mandatory] public PartyKind? Kind { get; init; }

    /// <summary>Name as printed ("«Алатау Құрылыс» ЖШС", "Ахметов Серік Болатұлы").</summary>
    [Mandatory] public string? Name { get; init; }

    /// <summary>The 12-digit IIN of a person or BIN of an entity, where known.</summary>
    public string? Identifier { get; init; }
}
