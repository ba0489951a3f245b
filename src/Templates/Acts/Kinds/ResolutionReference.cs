namespace Supervision.Acts;

/// <summary>
/// The prosecutor's resolution a later act of the same matter refers to: the withdrawal resolution a
/// notice reports or a hand-over letter carries out (p. 9). Its registration number and date as printed on it.
/// </summary>
public sealed record ResolutionReference
{
    /// <summary>The resolution's registration number ("2-11-25/1563").</summary>
    [Mandatory] public string? Number { get; init; }

    /// <summary>The date of the resolution; not after the act that refers to it.</summary>
    [Mandatory] public DateOnly? Date { get; init; }
}
