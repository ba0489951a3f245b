namespace Supervision.Acts;

/// <summary>
/// A row of a table of supervision acts (p. 11): what the row counts (a kind of act, or an office) and how many
/// acts were brought in the period, how many of them were considered, executed and left unconsidered
/// past their term. The prosecutor fills the rows; the register may later pre-fill them from its control lists.
/// </summary>
public sealed record ActFigures
{
    /// <summary>What the row counts, as printed in its first cell ("протесты", "Прокуратура города Талдыкоргана").</summary>
    [Mandatory] public string? Label { get; init; }

    /// <summary>Acts brought in the period.</summary>
    [Mandatory] public int? Brought { get; init; }

    /// <summary>Acts considered by their addressees.</summary>
    [Mandatory] public int? Considered { get; init; }

    /// <summary>Acts executed: their demands met, the violations eliminated.</summary>
    [Mandatory] public int? Executed { get; init; }

    /// <summary>Acts whose term of consideration or execution has passed unmet.</summary>
    [Mandatory] public int? Overdue { get; init; }
}
