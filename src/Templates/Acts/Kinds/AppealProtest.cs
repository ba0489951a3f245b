namespace Supervision.Acts;

/// <summary>The appeal protest the prosecutor brought and the court left unsatisfied.</summary>
public sealed record AppealProtest
{
    /// <summary>The date of the protest.</summary>
    [Mandatory] public DateOnly? Date { get; init; }

    /// <summary>The protest's number.</summary>
    [Mandatory] public string? Number { get; init; }

    /// <summary>How the appeal court dealt with it.</summary>
    [Mandatory, Prose] public string? Outcome { get; init; }
}
